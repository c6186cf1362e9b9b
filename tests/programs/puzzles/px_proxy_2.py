import gc
gc.disable(); gc.collect()
import weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __call__(self, k):
        return [x * k for x in self.xs]

v = Vec(1, 2, 3)
cb_log = []
p = weakref.proxy(v, lambda pr: cb_log.append("proxy cb"))
print("len:", len(p), "item:", p[1], "call:", p(10))
print("iter:", list(p))
print("callable proxy type:", type(p).__name__)
p2 = weakref.proxy(v)
p3 = weakref.proxy(v)
print("p2 is p3:", p2 is p3, "p is p2:", p is p2)
print("weakrefcount:", weakref.getweakrefcount(v), "getweakrefs:", len(weakref.getweakrefs(v)))
v.me = v
del v
print("collect:", gc.collect())
print("cb_log:", cb_log)
try:
    len(p2)
except ReferenceError as e:
    print(e)
