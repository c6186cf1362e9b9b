import gc
import sys
gc.disable(); gc.collect()
class Obj:
    pass
o = Obj()
t = (o, o)
print(sys.getrefcount(o))
t2 = (t, o)
print(sys.getrefcount(o), sys.getrefcount(t))
del t
print(sys.getrefcount(o), sys.getrefcount(t2[0]))
del t2
print(sys.getrefcount(o))
