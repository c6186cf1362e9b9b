import gc
gc.disable(); gc.collect()
import weakref


class W:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


items = [W(i) for i in range(6)]
for w in items:
    print("visit", w.n)
    if w.n % 2 == 0:
        items.remove(w)
print("loop var holds", w.n)
print("remaining", [x.n for x in items])
del w
print("dropped loop var")
items2 = [W(i) for i in range(10, 14)]
for i, w in enumerate(list(items2)):
    items2[i] = None
    print("cleared slot", i)
print("after loop")
del w
print("copy gone")
items3 = [W(i) for i in range(20, 23)]
while items3:
    print("pop", items3.pop(0).n)
print("end")
