import gc
import weakref
gc.disable(); gc.collect()
class N:
    pass
def cb(ref):
    print('cb called')
o = N()
r1 = weakref.ref(o)
r2 = weakref.ref(o, cb)
p = weakref.proxy(o)
o.value = 42
print(p.value, r1() is o, weakref.getweakrefcount(o))
del o
print(r1(), r2())
try:
    p.value
except ReferenceError as e:
    print('ReferenceError', e)
