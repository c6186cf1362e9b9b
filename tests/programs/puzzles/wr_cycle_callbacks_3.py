import gc
gc.disable(); gc.collect()
import weakref

class C:
    def __init__(self, tag):
        self.tag = tag

# The weakref itself is part of the cycle garbage: its callback must NOT run.
def cb(r):
    print("should not be printed")

a = C("a")
a.me = a
a.wr = weakref.ref(a, cb)
del a
print("collect 1 ->", gc.collect())

# The weakref outlives the cycle: callback runs.
def cb2(r):
    print("cb2: dead =", r() is None)

b = C("b")
b.me = b
keep = weakref.ref(b, cb2)
del b
print("collect 2 ->", gc.collect())
print("keep() is None:", keep() is None)
