import gc
gc.disable(); gc.collect()
import sys

class Cfg:
    pass

default_obj = Cfg()
print("before def:", sys.getrefcount(default_obj))

def f(a=default_obj):
    return a

print("after def with default:", sys.getrefcount(default_obj))
g = lambda b=default_obj, c=default_obj: b
print("after lambda with two defaults:", sys.getrefcount(default_obj))
del f
print("after del f:", sys.getrefcount(default_obj))
del g
print("after del g:", sys.getrefcount(default_obj))
print("defaults tuple holds it:", (lambda z=default_obj: z).__defaults__[0] is default_obj)
print("final:", sys.getrefcount(default_obj))
