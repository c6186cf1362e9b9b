import gc
gc.disable(); gc.collect()
import weakref

order = []


class M:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append("del " + self.name)
        print("del", self.name)


def make_cb(name):
    def cb(r):
        order.append("cb " + name)
        print("cb", name)
    return cb


objs = {n: M(n) for n in ("w", "x", "y", "z")}
objs["w"].link = [objs["x"], objs["y"]]
objs["x"].link = {"z": objs["z"]}
objs["y"].link = (objs["w"],)
objs["z"].link = objs["x"]
refs = {n: weakref.ref(o, make_cb(n)) for n, o in objs.items() if n != "y"}
plain = weakref.ref(objs["y"])
print("refcounts", [weakref.getweakrefcount(objs[n]) for n in "wxyz"])
objs.clear()
print("cleared dict; cb/del so far:", order)
print("collected", gc.collect())
print("order", order)
print("dead", sorted(n for n, r in refs.items() if r() is None), plain() is None)
