import gc; gc.disable(); gc.collect()
import weakref

class Slotted:
    __slots__ = ("val", "peer", "__weakref__")
    def __init__(self, val):
        self.val = val
        self.peer = None
    def __del__(self):
        print("Slotted del", self.val, "peer", None if self.peer is None else self.peer.val)

a = Slotted(1)
b = Slotted(2)
a.peer = b
b.peer = a
ra = weakref.ref(a, lambda r: print("ra callback"))
print("weakref count a:", weakref.getweakrefcount(a))
print("a tracked:", gc.is_tracked(a))
del a, b
print("collect:", gc.collect())
print("ra dead:", ra() is None)

class NoWeak:
    __slots__ = ("x",)
class Child(NoWeak):
    __slots__ = ("__weakref__",)
c = Child()
c.x = 10
rc = weakref.ref(c)
print("child weakref ok:", rc().x)
try:
    c.y = 1
except AttributeError as e:
    print("AttributeError:", e)
print("Child slots:", Child.__slots__)
print("has __weakref__ descr:", "__weakref__" in Child.__dict__, "__weakref__" in NoWeak.__dict__)
print("c.__weakref__ is rc:", c.__weakref__ is rc)
del c
print("rc dead:", rc() is None)
e = Slotted(3)
print("__weakref__ empty:", e.__weakref__)
e.peer = None
del e
