import gc
import sys
gc.disable(); gc.collect()
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
lst = [o, o, o]
print(sys.getrefcount(o))
lst2 = lst[:]
print(sys.getrefcount(o))
del lst[0]
print(sys.getrefcount(o))
lst.clear()
print(sys.getrefcount(o))
del lst2
print(sys.getrefcount(o))
