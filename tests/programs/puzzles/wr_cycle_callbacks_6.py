import gc
gc.disable(); gc.collect()
import weakref

class Parent:
    def __init__(self):
        self.children = []

class Child:
    def __init__(self, parent, n):
        self.parent = parent
        self.n = n
        parent.children.append(self)

def cb_for(label):
    def cb(r):
        print("gone:", label, r() is None)
    return cb

p = Parent()
kids = [Child(p, i) for i in range(3)]
wrs = [weakref.ref(p, cb_for("parent"))]
wrs += [weakref.ref(k, cb_for("child%d" % k.n)) for k in kids]
del kids
print("collect with parent alive ->", gc.collect())
del p
print("collect after del parent ->", gc.collect())
print("remaining:", [w() is None for w in wrs])
