import gc
gc.disable(); gc.collect()
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

calls = []
def cb(r):
    calls.append("cb")
    print("callback: r() is None ->", r() is None)

# Two weakrefs with callbacks on the same object: both fire (newest first).
o = Obj("o")
o.cyc = [o]
r1 = weakref.ref(o, lambda r: print("first registered, dead:", r() is None))
r2 = weakref.ref(o, lambda r: print("second registered, dead:", r() is None))
r3 = weakref.ref(o)  # no callback -> shared basic ref
r4 = weakref.ref(o)
print("r3 is r4:", r3 is r4, "r1 is r2:", r1 is r2)
print("weakref count:", weakref.getweakrefcount(o))
del o
print("collected:", gc.collect())
print("all dead:", all(r() is None for r in (r1, r2, r3, r4)))
