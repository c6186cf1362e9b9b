import gc; gc.disable(); gc.collect()
import weakref

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

meta = weakref.WeakKeyDictionary()
k1, k2, k3 = Key(1), Key(2), Key(3)
meta[k1] = "one"
meta[k2] = "two"
meta[k3] = "three"
print("len:", len(meta))
print("values:", sorted(meta.values()))
print("lookup equal key:", meta[Key(2)])
print("Key(9) in:", Key(9) in meta)
del k2
print("after del k2:", sorted(meta.values()))
k3.loop = [k3]
del k3
print("cycle pending:", sorted(meta.values()))
print("collect:", gc.collect())
print("after collect:", sorted(meta.values()))
print("keys n:", [k.n for k in meta.keys()])
try:
    meta["str"] = 1
except TypeError as e:
    print("TypeError:", e)
meta[k1] = "uno"
print("updated:", meta[k1], len(meta))
del k1
print("empty:", len(meta), dict(meta.items()) == {})
