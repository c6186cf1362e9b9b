import gc; gc.disable(); gc.collect()
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name, "other is", None if self.other is None else self.other.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("refcount a:", sys.getrefcount(a))
print("refcount b:", sys.getrefcount(b))
del a, b
print("after del, before collect")
n = gc.collect()
print("collected:", n)
print("garbage:", gc.garbage)

x = Node("x")
y = Node("y")
z = Node("z")
x.other = y
y.other = z
z.other = x
del x, y, z
print("3-cycle collect:", gc.collect())
print("again:", gc.collect())
print("garbage len:", len(gc.garbage))
