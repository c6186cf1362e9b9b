import gc, sys, weakref
gc.disable(); gc.collect()
class Node:
    __slots__ = ("val", "next", "__weakref__")
    def __init__(self, v):
        self.val = v
        self.next = None
    def __del__(self):
        print("del node", self.val)
a = Node(1); b = Node(2); c = Node(3)
a.next = b; b.next = c; c.next = a
print(sys.getrefcount(a), sys.getrefcount(b))
wa = weakref.ref(a, lambda r: print("cb a"))
wb = weakref.ref(b, lambda r: print("cb b"))
print(a.__weakref__ is wa, Node.__weakref__)
del a, b, c
print("collect:", gc.collect())
print(wa(), wb())
print(gc.get_referents(Node(9)))
n = Node(4)
n.next = [n]
print(gc.get_referents(n)[0] is n.next, len(gc.get_referents(n)))
del n
print("collect2:", gc.collect())
class Leaf:
    __slots__ = ("x",)
l = Leaf()
print(gc.is_tracked(l), sys.getsizeof(l))
try:
    weakref.ref(l)
except TypeError as e:
    print("TypeError:", e)
l.x = l
del l
print("collect3:", gc.collect())
