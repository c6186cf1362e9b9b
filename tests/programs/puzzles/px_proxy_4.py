import gc
gc.disable(); gc.collect()
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

meta = weakref.WeakKeyDictionary()
k1, k2, k3 = Key("one"), Key("two"), Key("three")
meta[k1] = 1; meta[k2] = 2; meta[k3] = 3
print("len:", len(meta))
print("names:", sorted(k.name for k in meta.keys()))
print("k2 in:", k2 in meta, "equal key in:", Key("two") in meta)
print("value for equal key:", meta[Key("two")])
del k2
print("after del k2:", len(meta), sorted(k.name for k in meta))
k1.cycle = k1
del k1
print("before collect:", len(meta))
print("collect:", gc.collect())
print("after collect:", len(meta), [k.name for k in meta])
print("weakrefcount k3:", weakref.getweakrefcount(k3))
