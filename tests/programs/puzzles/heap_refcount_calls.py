import gc
import sys
gc.disable(); gc.collect()
class Obj:
    pass
def inner(x):
    return sys.getrefcount(x)
def middle(x):
    y = x
    return inner(y)
def outer(x):
    return middle(x)
o = Obj()
print(sys.getrefcount(o))
print(inner(o))
print(middle(o))
print(outer(o))
print(sys.getrefcount(o))
