import functools

def repeat(n, sep=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            results = [fn(*args, **kwargs) for _ in range(n)]
            if sep is not None:
                return sep.join(map(str, results))
            return results
        return wrapper
    return deco

def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        wrapper.__name__ = fn.__name__ + "_" + name
        return wrapper
    return deco

calls = []
def logged(prefix):
    def deco(fn):
        def wrapper(*a, **k):
            calls.append(f"{prefix}:{fn.__name__}{a}")
            return fn(*a, **k)
        return wrapper
    return deco

@repeat(3, sep="-")
def greet(name):
    "Say hi."
    return "hi " + name

@tag("b")
@tag("i")
def word(w):
    return w

@logged("LOG")
@repeat(2)
def add(a, b=1):
    return a + b

print(greet("bo"), greet.__name__, greet.__doc__)
print(word("x"), word.__name__)
print(add(3), add(4, b=5))
print(calls)
print(greet.__wrapped__("raw"))
