import gc
gc.disable(); gc.collect()
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


outside = A("outside")
a = A("a")
b = A("b")
a.b = b
b.a = a
a.wr_out = weakref.ref(outside, lambda r: print("cb outside (owned by garbage)"))
keep = weakref.ref(a, lambda r: print("cb a (external ref)"))
b.wr_self = weakref.ref(b, lambda r: print("cb b (owned by garbage)"))
print("counts", weakref.getweakrefcount(a), weakref.getweakrefcount(b), weakref.getweakrefcount(outside))
del a, b
print("collecting")
print("collected", gc.collect())
print("keep dead", keep() is None)
print("outside count", weakref.getweakrefcount(outside))
del outside
print("end")
