import gc
import weakref
gc.disable(); gc.collect()
class K:
    def __init__(self, n):
        self.n = n
wkd = weakref.WeakKeyDictionary()
a, b, c = K(1), K(2), K(3)
wkd[a] = 'A'
wkd[b] = 'B'
wkd[c] = 'C'
print(len(wkd), sorted(wkd.values()))
del b
print(len(wkd), sorted(wkd.values()))
a.self = a
del a
print(len(wkd))
print(gc.collect())
print(len(wkd), sorted(k.n for k in wkd.keys()))
