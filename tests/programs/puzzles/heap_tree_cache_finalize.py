import gc, weakref, sys
gc.disable(); gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        self.children.append(child)
        child.parent = self
        return self
    def __repr__(self):
        return f"Node({self.name!r})"
    def __del__(self):
        print(f"del {self.name}")
root = Node("root").add(Node("a")).add(Node("b"))
print(root, root.children, [c.parent for c in root.children])
print(sys.getrefcount(root), sys.getrefcount(root.children[0]))
wr = weakref.ref(root, lambda r: print("root gone", r() is None))
del root
print("after del", wr())
print("collected", gc.collect())
print("after gc", wr())
cache = weakref.WeakValueDictionary()
class Big:
    def __init__(self, k): self.k = k
    def __repr__(self): return "Big(%d)" % self.k
items = [Big(i) for i in range(5)]
for it in items:
    cache[it.k] = it
print(sorted(cache.keys()), len(cache))
del items[1:3]
print(sorted(cache.keys()), len(cache), list(cache.items())[0])
items.clear()
print(len(cache), dict(cache))
d = {}
d[1] = d
print(d, gc.is_tracked(d), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
del d
print(gc.collect())
fin = weakref.finalize(Big(9), print, "finalized", 9)
print(fin.alive)
gc.collect()
print(fin.alive)
class R:
    saved = []
    def __del__(self):
        print("resurrect", self.__class__.__name__)
        R.saved.append(self)
r = R()
del r
print(len(R.saved), gc.collect())
R.saved.clear()
print("end")
