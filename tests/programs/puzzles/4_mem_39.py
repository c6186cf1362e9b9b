import gc
gc.disable(); gc.collect()
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


wvd = weakref.WeakValueDictionary()
for i in range(4):
    e = E(i)
    e.me = e
    wvd[i] = e
del e
print("cyclic values remain", sorted(wvd.keys()))
for k in sorted(wvd.keys()):
    print("key", k, "present", k in wvd)
    if k == 1:
        print("collect inside loop", gc.collect())
print("after loop", sorted(wvd.keys()))
v = wvd.setdefault(9, E(9))
print("setdefault", v.n, 9 in wvd)
print("get missing", wvd.get(1, "gone"))
del v
print("after del v", 9 in wvd)
x = E(10)
wvd["x"] = x
wvd["y"] = x
print("two keys same value", sorted(map(str, wvd.keys())))
print("valuerefs", len(wvd.valuerefs()))
del x
print("len", len(wvd))
