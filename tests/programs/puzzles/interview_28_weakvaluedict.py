import weakref
# WeakValueDictionary as a cache
class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Image(%r)" % self.name

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        print("  loading", name)
        img = Image(name)
        cache[name] = img
    else:
        print("  cache hit", name)
    return img

a = load("cat")
b = load("cat")
print("same object:", a is b)
print("cache keys:", sorted(cache.keys()))
del a, b
print("after dropping refs, keys:", sorted(cache.keys()))
c = load("cat")
d = load("dog")
print("keys now:", sorted(cache.keys()))
del d
print("len after del dog:", len(cache))
