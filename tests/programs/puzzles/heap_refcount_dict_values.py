import gc
import sys
gc.disable(); gc.collect()
class Obj:
    pass
o = Obj()
d = {'a': o, 'b': o}
print(sys.getrefcount(o))
d['c'] = o
print(sys.getrefcount(o))
d2 = dict(d)
print(sys.getrefcount(o))
del d['a']
print(sys.getrefcount(o))
d.clear()
print(sys.getrefcount(o))
d2 = None
print(sys.getrefcount(o))
k = {o: 1}
print(sys.getrefcount(o))
