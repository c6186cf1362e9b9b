import gc; gc.disable(); gc.collect()
import weakref

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return "clicked " + self.label

b = Button("ok")
bm = b.click
print("bound methods equal:", b.click == b.click)
print("bound methods identical:", b.click is b.click)
r = weakref.ref(b.click)
print("plain ref to bound method dead immediately:", r() is None)
wm = weakref.WeakMethod(b.click)
print("WeakMethod alive:", wm() is not None)
print("call:", wm()())
print("wm() is bm:", wm() is bm)
print("wm() == bm:", wm() == bm)
fired = []
wm2 = weakref.WeakMethod(b.click, lambda r: fired.append("wm2 dead"))
del bm
print("after del bm alive:", wm() is not None)
del b
print("after del b:", wm() is None, wm2() is None)
print("fired:", fired)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
def f(): pass
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print("TypeError:", e)
print("isinstance ref:", isinstance(wm, weakref.ref))
