# weakref and gc basics
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return f"Node({self.name!r})"
n = Node("a")
r = weakref.ref(n)
print("deref while alive:", r(), r() is n)
del n
print("deref after del:", r())
events = []
def on_collect(ref):
    events.append("callback fired")
m = Node("m")
r2 = weakref.ref(m, on_collect)
m = None
print("events:", events)
a = Node("x")
b = Node("y")
a.other = b
b.other = a
wa = weakref.ref(a)
del a, b
print("cycle alive before gc:", wa() is not None)
found = gc.collect()
print("cycle alive after gc:", wa() is not None, "collected something:", found > 0)
cache = weakref.WeakValueDictionary()
k1 = Node("k1")
k2 = Node("k2")
cache["one"] = k1
cache["two"] = k2
print("cache keys:", sorted(cache.keys()))
del k1
print("after del k1:", sorted(cache.keys()))
print("get two:", cache.get("two"), "get one:", cache.get("one"))
class Owner:
    pass
registry = weakref.WeakKeyDictionary()
o1, o2 = Owner(), Owner()
registry[o1] = "first"
registry[o2] = "second"
print("registry size:", len(registry))
del o1
print("registry size after del:", len(registry), list(registry.values()))
proxy_target = Node("p")
px = weakref.proxy(proxy_target)
print("proxy attribute:", px.name)
del proxy_target
try:
    px.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
class SlottedWeak:
    __slots__ = ("v", "__weakref__")
sw = SlottedWeak()
print("slotted with __weakref__ ok:", weakref.ref(sw)() is sw)
fin_log = []
obj = Node("f")
weakref.finalize(obj, fin_log.append, "finalized f")
del obj
print("finalize:", fin_log)
