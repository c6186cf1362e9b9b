import gc
gc.disable(); gc.collect()
import weakref
import sys


class Btn:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def click(self):
        return "clicked " + self.name

    def __del__(self):
        print("del", self.name)


registry = []
a = Btn("a")
registry.append(a.click)
print("refcount a", sys.getrefcount(a))
del a
print("a still alive:", registry[0]())
print(registry[0].__self__.name)
registry.clear()
print("registry cleared")
b = Btn("b")
b.handlers.append(b.click)
wb = weakref.ref(b)
print("refcount b", sys.getrefcount(b))
del b
print("b alive", wb() is not None)
print("collected", gc.collect())
print("b alive", wb() is not None)
c = Btn("c")
wm = weakref.WeakMethod(c.click)
print(wm()())
del c
print("wm dead", wm() is None)
