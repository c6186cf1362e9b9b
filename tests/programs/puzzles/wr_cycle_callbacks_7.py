import gc
gc.disable(); gc.collect()
import weakref

class N:
    def __init__(self, name):
        self.name = name

survivors = []

# The callback closes over a *different* object, which must stay usable.
witness = N("witness")
def cb(r, w=witness):
    print("callback; witness alive:", w.name, "referent dead:", r() is None)
    survivors.append(w.name)

a = N("a"); b = N("b")
a.b = b; b.a = a
b.w = weakref.ref(a, cb)   # weakref owned by the cycle itself
ext = weakref.ref(b, cb)   # weakref owned from outside
del a, b, witness
print("collected:", gc.collect())
print("survivors:", survivors)
print("ext dead:", ext() is None)
