import gc
gc.disable(); gc.collect()
import weakref


class Part:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.other = None

    def __del__(self):
        o = self.other
        print("del", self.name, "sees", o.name, o.value, "other.other is self:", o.other is self)
        o.value += 100


p = Part("p", 1)
q = Part("q", 2)
p.other = q
q.other = p
wp = weakref.ref(p)
del p, q
print("collecting")
n = gc.collect()
print("collected", n)
print("wp dead", wp() is None)

r = Part("r", 5)
r.other = r
del r
print("self cycle", gc.collect())
