import gc; gc.disable(); gc.collect()
import weakref

class Expensive:
    made = 0
    def __init__(self, key):
        Expensive.made += 1
        self.key = key

_cache = weakref.WeakValueDictionary()
def get(key):
    obj = _cache.get(key)
    if obj is None:
        obj = Expensive(key)
        _cache[key] = obj
        print("miss", key)
    else:
        print("hit", key)
    return obj

a = get("x")
b = get("x")
print("same object:", a is b)
c = get("y")
print("made:", Expensive.made, "cache size:", len(_cache))
del a
print("still cached (b alive):", "x" in _cache)
del b
print("evicted x:", "x" in _cache)
get("x")
print("temp result discarded, cached:", "x" in _cache)
holder = [get("y"), get("y")]
print("made:", Expensive.made)
holder.append(holder)
del c
print("y cached via cyclic holder:", "y" in _cache)
del holder
print("collect:", gc.collect())
print("y cached after collect:", "y" in _cache)
print("final size:", len(_cache), "made:", Expensive.made)
