import gc
gc.disable(); gc.collect()
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

def make_cb(label):
    def cb(r):
        print("callback", label, "dead:", r() is None)
    return cb

a = Node("a"); b = Node("b")
a.other = b; b.other = a
ra = weakref.ref(a, make_cb("a"))
rb = weakref.ref(b, make_cb("b"))
print("alive:", ra() is a, rb() is b)
del a, b
print("after del:", ra() is None, rb() is None)
n = gc.collect()
print("collected", n)
print("after collect:", ra() is None, rb() is None)
