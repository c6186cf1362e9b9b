# retry and stacked decorators, class decorators, itertools, a tracer over throw/close, iterator type names
import sys
import itertools
from itertools import islice, count, chain, takewhile, cycle
def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco
calls = 0
@retry(3, (ValueError,))
def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"call {calls}")
    return "ok"
print(flaky(), calls)
@retry(2)
def always():
    raise KeyError("nope")
try:
    always()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
def deco_a(f):
    print("applying a")
    def w(*a):
        print("a before")
        r = f(*a)
        print("a after")
        return r
    return w
def deco_b(f):
    print("applying b")
    def w(*a):
        print("b before")
        return f(*a) * 2
    return w
@deco_a
@deco_b
def base(x):
    print("base", x)
    return x + 1
print(base(1))
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def hello(name):
    return "hi " + name
print(hello("a"), hello("b"), hello.n)
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)), list(chain([1], (2, 3), "ab")))
print(list(takewhile(lambda v: v < 4, [1, 3, 5, 2])), list(islice(cycle("xy"), 5)))
print(list(islice((n for n in count(1) if n % 2 == 0 and n % 7 == 0), 5)))
it = iter([1, 2, 3])
print(next(it), list(zip(it, it)), next(it, "done"))
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("gen", "use"):
        print(event, frame.f_code.co_name, frame.f_lineno, arg if event != "exception" else arg[0])
    return tracer
def gen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 99
def use():
    g = gen()
    a = next(g)
    b = g.throw(ValueError)
    g.close()
    return a, b
sys.settrace(tracer)
print(use())
sys.settrace(None)
r = reversed(range(4))
print(type(r).__name__, list(r), type(reversed([1])).__name__, type(iter(range(3))).__name__)
print(type(map(str, [])).__name__, repr(count(3)), repr(count(1, 2)))
def agen():
    x = yield
    print("got", x)
    y = yield x * 2
    return x + y
g = agen()
g.send(None)
print(g.send(5))
try:
    g.send(1)
except StopIteration as e:
    print(e.value)
