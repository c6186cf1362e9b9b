import gc
gc.disable(); gc.collect()
import weakref

log = []


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def cb(label):
    def callback(ref):
        print("callback", label, ref() is None)
    return callback


a = C("a")
b = C("b")
c = C("c")
a.nxt = b
b.nxt = c
c.nxt = a
refs = [weakref.ref(a, cb("a")), weakref.ref(b, cb("b")), weakref.ref(c, cb("c"))]
print("counts", [weakref.getweakrefcount(o) for o in (a, b, c)])
del a, b, c
print("collect start")
print("collected", gc.collect())
print("refs dead", [r() is None for r in refs])
print("again", gc.collect())
