# Decorators with functools.wraps
from functools import wraps
call_log = []
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        call_log.append(func.__name__)
        result = func(*args, **kwargs)
        print(f"  {func.__name__}({', '.join(map(repr, args))}) = {result!r}")
        return result
    return wrapper
def repeat(times):
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
def no_wraps(func):
    return lambda *args: func(*args)
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
@repeat(3)
@logged
def greet(name):
    return f"hi {name}"
@no_wraps
def plain():
    """Plain doc."""
    return 1
add(2, 3)
add("x", "y")
print("greet:", greet("ann"))
print("name/doc with wraps:", add.__name__, "|", add.__doc__, "| __wrapped__:", add.__wrapped__(10, 20))
print("name/doc without wraps:", plain.__name__, "|", plain.__doc__)
print("call log:", call_log, "unwrap chain:", greet.__wrapped__.__name__)
def validate(**types):
    def decorator(func):
        @wraps(func)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return decorator
@validate(n=int, s=str)
def build(n, s):
    return s * n
try:
    print("build:", build(n=3, s="ab"))
    build(n="3", s="ab")
except TypeError as e:
    print("TypeError:", e)
def deco_order(tag):
    def d(f):
        print(f"  applying {tag}")
        @wraps(f)
        def w():
            return f"{tag}({f()})"
        return w
    return d
@deco_order("outer")
@deco_order("inner")
def core():
    return "core"
print("order:", core())
