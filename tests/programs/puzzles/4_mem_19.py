import gc
gc.disable(); gc.collect()
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n

    def __del__(self):
        print("del key", self.n)


wkd = weakref.WeakKeyDictionary()
keys = [Key(i) for i in range(5)]
for k in keys:
    wkd[k] = "val%d" % k.n
del k
print("len", len(wkd))
del keys[1]
print("len after del keys[1]", len(wkd))
for k in list(wkd):
    if k.n == 3:
        keys.remove(k)
        print("removed 3 from keys while iterating")
del k
print("values", sorted(wkd.values()))
a = Key(10)
a.cyc = a
wkd[a] = "cyclic"
del a
print("cyclic still there", len(wkd))
print("collected", gc.collect())
print("final", sorted(k.n for k in wkd.keys()))
print("contains Key(0)", Key(0) in wkd)
keys.clear()
print("end", len(wkd))
