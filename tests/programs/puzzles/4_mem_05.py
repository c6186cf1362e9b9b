import gc
gc.disable(); gc.collect()
import weakref


class Item:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        print("del item", self.k)


class Factory:
    _cache = {}

    @classmethod
    def get(cls, k):
        if k not in cls._cache:
            cls._cache[k] = Item(k)
        return cls._cache[k]


x = Factory.get(1)
y = Factory.get(2)
print(x is Factory.get(1))
wx = weakref.ref(x)
del x, y
print("dropped locals, alive:", wx() is not None)
print("cache keys", sorted(Factory._cache))
del Factory._cache[2]
print("removed 2")


class Sub(Factory):
    pass


Sub.get(3)
print("shared cache", sorted(Factory._cache))
Sub._cache = {}
Sub.get(4)
print("sub cache", sorted(Sub._cache), sorted(Factory._cache))
del Sub
print("collected", gc.collect())
Factory._cache.clear()
print("end")
