import gc
gc.disable(); gc.collect()
import sys

class Thing:
    pass

t = Thing()
print("fresh:", sys.getrefcount(t))
lst = [t, t, t]
print("in list x3:", sys.getrefcount(t))
d = {"a": t, "b": t}
print("plus dict values x2:", sys.getrefcount(t))
tup = (t,)
print("plus tuple:", sys.getrefcount(t))
del lst
print("after del list:", sys.getrefcount(t))
d.clear()
print("after dict clear:", sys.getrefcount(t))
del tup
print("after del tuple:", sys.getrefcount(t))
k = {t: 1}
print("as dict key:", sys.getrefcount(t))
