import gc
gc.disable(); gc.collect()
import weakref

keep = []

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__ R", self.n)
        if self.n % 2 == 0:
            keep.append(self)

objs = [R(i) for i in range(4)]
for o in objs:
    o.self_loop = o
refs = [weakref.ref(o) for o in objs]
del o
objs = None
print("collect:", gc.collect())
print("kept:", [k.n for k in keep])
print("weakrefs dead:", [r() is None for r in refs])
keep.clear()
print("collect after clear:", gc.collect())
print("weakrefs dead:", [r() is None for r in refs])
