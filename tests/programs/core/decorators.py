# decorators: application order, stacked, parametrised, functools.wraps, run-once, retry
import functools

def announce(fn):
    print("announce applied to", fn.__name__)
    def wrapper(*args, **kwargs):
        print("announce: calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

def bold(fn):
    print("bold applied to", fn.__name__)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return "**" + fn(*args, **kwargs) + "**"
    return wrapper

@announce
@bold
def greet(name, greeting="hello"):
    """Greets somebody."""
    return greeting + " " + name

print(greet("ada"), greet("bob", greeting="hi"))
print(greet.__name__, greet.__qualname__, greet.__doc__)

@bold
@announce
def shout(word):
    """Shouts."""
    return word.upper()

print(shout("hey"))
print(shout.__name__, shout.__doc__, shout.__wrapped__.__name__, shout.__wrapped__.__qualname__)
plain = bold(lambda: "x")
print(plain(), plain.__name__, plain.__wrapped__.__name__)

def tag(open_, close="/"):
    print("tag factory", repr(open_), repr(close))
    def deco(fn):
        print("tag decorating", fn.__name__)
        @functools.wraps(fn)
        def wrapper(*args):
            return open_ + str(fn(*args)) + close
        return wrapper
    return deco

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@tag("<", ">")
@repeat(3)
def double(x):
    return x * 2

print(double(4), double.__name__, double.__wrapped__(5), double.__wrapped__.__wrapped__(6))

def run_once(fn):
    ran = False
    result = None
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal ran, result
        if not ran:
            ran = True
            result = fn(*args, **kwargs)
        return result
    return wrapper

@run_once
def init(config):
    """Runs one time."""
    print("init really runs with", config)
    return {"config": config}

print(init("first"), init("second"), init(config="third"), init.__doc__)

def retry(times, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except exceptions as e:
                    print("attempt", attempt, "failed:", type(e).__name__, e)
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco

def flaky_factory(failures):
    calls = 0
    @retry(3)
    def fetch(key):
        nonlocal calls
        calls += 1
        if calls <= failures:
            raise ValueError(f"call {calls} for {key} failed")
        return f"{key} fetched on call {calls}"
    return fetch

print(flaky_factory(0)("a"))
print(flaky_factory(2)("b"))
try:
    flaky_factory(3)("c")
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

@retry(2, exceptions=(KeyError, IndexError))
def lookup(i):
    return [10, 20][i]

print(lookup(1))
try:
    lookup(5)
except RuntimeError as e:
    print(e)

def count_calls(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(f"{fn.__name__} call #{calls}")
        return fn(*args)
    return wrapper

class Greeter:
    def __init__(self, name):
        self.name = name
    @count_calls
    def hello(self, other):
        return self.name + " greets " + other

gr = Greeter("ada")
print(gr.hello("bob"), gr.hello("cy"), Greeter.hello.__qualname__)
