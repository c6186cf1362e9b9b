import gc
gc.disable(); gc.collect()
import sys

class Obj:
    pass

def one(x):
    return sys.getrefcount(x)

def star(*args):
    return sys.getrefcount(args[0])

def kw(**kwargs):
    return sys.getrefcount(kwargs["v"])

def nested(x):
    y = x
    z = [x]
    return sys.getrefcount(x)

o = Obj()
print("module level:", sys.getrefcount(o))
print("one arg:", one(o))
print("*args:", star(o))
print("**kwargs:", kw(v=o))
print("nested locals:", nested(o))
print("back at module:", sys.getrefcount(o))
