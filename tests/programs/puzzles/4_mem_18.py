import gc
gc.disable(); gc.collect()
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del V", self.n)


wvd = weakref.WeakValueDictionary()
strong = []
for i in range(6):
    v = V(i)
    wvd["k%d" % i] = v
    if i % 2 == 0:
        strong.append(v)
print("after loop, last v alive", len(wvd))
del v
print("len", len(wvd), sorted(wvd.keys()))
for k in list(wvd.keys()):
    if k == "k2":
        idx = [o.n for o in strong].index(2)
        del strong[idx]
        print("dropped k2 inside loop")
    print("visit", k, k in wvd)
print("sorted keys", sorted(wvd))
for k, val in list(wvd.items()):
    del wvd[k]
    print("removed", k, val.n)
del val
print("empty", len(wvd), len(strong))
strong.clear()
print("end")
