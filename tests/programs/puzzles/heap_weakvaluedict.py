import gc
import weakref
gc.disable(); gc.collect()
class V:
    def __init__(self, n):
        self.n = n
wvd = weakref.WeakValueDictionary()
objs = [V(i) for i in range(5)]
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()))
del objs[1]
del o
print(len(wvd), sorted(wvd.keys()))
objs.clear()
print(len(wvd), sorted(wvd.keys()))
keep = V(99)
wvd['k'] = keep
print(list(wvd.keys()), wvd['k'].n)
del keep
print('k' in wvd, len(wvd))
