import gc
gc.disable(); gc.collect()
import weakref


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        print("contains called", x)
        return x in self.items

    def __iter__(self):
        print("iter called")
        return iter(self.items)

    def __del__(self):
        print("del bag")


b = Bag("xyz")
p = weakref.proxy(b)
print(len(p), p[0], p[-1], "y" in p, "q" in p)
print(list(p))
print(sorted(p, reverse=True))
print(p.items, type(p).__name__)
print("proxy bool", bool(p))
p.items.append("w")
print("len via b", len(b))
cp = weakref.proxy(b, lambda r: print("proxy callback"))
print("count", weakref.getweakrefcount(b))
del b
print("after del")
for name, f in [("len", len), ("list", list)]:
    try:
        f(p)
    except ReferenceError as e:
        print(name, "ReferenceError", e)
try:
    "x" in cp
except ReferenceError:
    print("contains ReferenceError")
