import gc
import sys
gc.disable(); gc.collect()
class Obj:
    pass
o = Obj()
a = o
b = o
c = [o]
print(sys.getrefcount(o))
del a
print(sys.getrefcount(o))
del b
print(sys.getrefcount(o))
c.pop()
print(sys.getrefcount(o))
x = y = z = o
print(sys.getrefcount(o))
del x, y
print(sys.getrefcount(o))
