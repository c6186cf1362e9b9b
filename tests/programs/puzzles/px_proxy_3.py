import gc
gc.disable(); gc.collect()
import weakref

class Item:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return "Item(%s)" % self.key

cache = weakref.WeakValueDictionary()
items = [Item(k) for k in ("c", "a", "b", "d")]
for it in items:
    cache[it.key] = it
print("len:", len(cache), "keys:", sorted(cache.keys()))
print("'a' in cache:", "a" in cache, cache.get("a"))
del it
items.pop(1)            # drops Item(a)
print("after pop, len:", len(cache), sorted(cache))
print("'a' in cache:", "a" in cache, cache.get("a", "missing"))
items[0].loop = items[0]
del items[0]
print("before collect:", sorted(cache))
print("collect:", gc.collect())
print("after collect:", sorted(cache), len(cache))
items.clear()
print("final:", len(cache), list(cache.items()))
