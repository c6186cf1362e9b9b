import gc, functools, sys
gc.disable(); gc.collect()
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def greet(name):
    "Say hi."
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, sorted(greet.__dict__))
greet.tag = 1
print(sorted(greet.__dict__), greet.tag, gc.is_tracked(greet.__dict__), gc.is_tracked(greet.__wrapped__.__dict__))
def solo(): pass
print(solo.__dict__, gc.is_tracked(solo.__dict__))
solo.me = solo
del solo
print(gc.collect())
del greet
print(gc.collect())
