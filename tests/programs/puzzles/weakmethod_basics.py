import gc, sys, weakref
gc.disable(); gc.collect()
class Button:
    def __init__(self, name): self.name = name
    def click(self): return "clicked " + self.name
    def __del__(self): print("del", self.name)
b = Button("ok")
wm = weakref.WeakMethod(b.click, lambda r: print("wm callback, dead:", r() is None))
wm2 = weakref.WeakMethod(b.click)
print(wm()(), wm() == b.click, wm() is wm())
print(wm == wm2, hash(wm) == hash(wm2), wm is wm2)
print(type(wm).__name__, weakref.getweakrefcount(b), sys.getrefcount(b))
print(weakref.getweakrefcount(Button.click))
r = weakref.ref(b.click)
print("plain ref to bound method dies at once:", r() is None)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(Button.click)
except TypeError as e:
    print("TypeError:", e)
del b
print("after del", wm(), wm2())
print(wm == wm2, wm == wm)
c = Button("cyc")
c.me = c
wc = weakref.WeakMethod(c.click, lambda r: print("cyc callback"))
del c
print("collected", gc.collect())
print(wc())
class Holder:
    def __init__(self):
        self.handler = weakref.WeakMethod(self.on_event)
        self.me = self
    def on_event(self): return "event"
h = Holder()
print(h.handler()())
del h
print("collected holder", gc.collect())
d = {}
x = Button("x")
d[weakref.WeakMethod(x.click)] = 1
print(weakref.WeakMethod(x.click) in d)
