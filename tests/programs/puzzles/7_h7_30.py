import gc; gc.disable(); gc.collect()
import weakref

class Widget:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def on(self, fn):
        self.handlers.append(fn)
    def fire(self):
        return [h() for h in self.handlers]
    def greet(self):
        return "hi " + self.name
    def __del__(self):
        print("Widget", self.name, "deleted")

w = Widget("w1")
w.on(w.greet)
print("fire:", w.fire())
ref = weakref.ref(w)
del w
print("alive via bound method cycle:", ref() is not None)
print("collect:", gc.collect())
print("alive after collect:", ref() is not None)

w2 = Widget("w2")
wm = weakref.WeakMethod(w2.greet)
w2.on(lambda: wm()() if wm() else "gone")
print("fire:", w2.fire())
del w2
print("after del w2 (lambda holds only WeakMethod):", wm() is None)
print("collect:", gc.collect())

w3 = Widget("w3")
other = Widget("other")
other.on(w3.greet)
del w3
print("w3 kept by other's handler:", other.fire())
other.handlers.clear()
print("cleared handlers")
del other
print("done")
