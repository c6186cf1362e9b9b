import gc; gc.disable(); gc.collect()
import weakref

class Item:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return f"Item({self.key!r})"

cache = weakref.WeakValueDictionary()
a = Item("a")
b = Item("b")
c = Item("c")
cache["a"] = a
cache["b"] = b
cache["c"] = c
print("len:", len(cache))
print("keys:", sorted(cache.keys()))
del b
print("after del b:", sorted(cache.keys()))
print("get b:", cache.get("b"))
print("'a' in:", "a" in cache)
c.me = c
del c
print("after del c (cycle):", sorted(cache.keys()))
print("collect:", gc.collect())
print("after collect:", sorted(cache.keys()))
d = cache.setdefault("d", Item("d"))
print("setdefault d:", d, len(cache))
e = cache.setdefault("a", Item("zzz"))
print("setdefault a:", e)
print("pop a:", cache.pop("a"))
print("items:", sorted(cache.items(), key=lambda kv: kv[0]))
del d
print("final len:", len(cache))
