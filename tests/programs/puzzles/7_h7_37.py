import gc; gc.disable(); gc.collect()
import weakref

class Node:
    def __init__(self, val, parent=None):
        self.val = val
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return None if self._parent is None else self._parent()
    def __del__(self):
        print("del node", self.val)

root = Node("root")
a = Node("a", root)
b = Node("b", root)
c = Node("c", a)
print("c.parent:", c.parent.val, "a.parent:", a.parent.val)
print("root tracked:", gc.is_tracked(root))
print("weakref count root:", weakref.getweakrefcount(root))
del a, b
print("children alive via root:", [ch.val for ch in root.children])
del root
print("c.parent after root gone:", c.parent)
print("collect (no strong cycles):", gc.collect())

class StrongNode:
    def __init__(self, val, parent=None):
        self.val = val
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
    def __del__(self):
        print("del strong", self.val)
r = StrongNode("R")
StrongNode("x", r)
StrongNode("y", r)
del r
print("collect (strong cycles):", gc.collect())
del c
print("end")
