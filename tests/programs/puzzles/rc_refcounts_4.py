import gc
gc.disable(); gc.collect()
import sys

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1

c = Counter()
print("start:", sys.getrefcount(c))
m = c.inc
print("bound method holds self:", sys.getrefcount(c))
m2 = c.inc
print("second bound method:", sys.getrefcount(c), "m is m2:", m is m2)
del m, m2
print("after del methods:", sys.getrefcount(c))

def make_closure(obj):
    def inner():
        return obj
    return inner

cl = make_closure(c)
print("captured in closure:", sys.getrefcount(c))
cl2 = make_closure(c)
print("two closures:", sys.getrefcount(c))
del cl, cl2
print("closures gone:", sys.getrefcount(c))
