import gc
gc.disable(); gc.collect()
import weakref


class Tok:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del tok", self.n)


class Owner:
    pass


def worker(owner, tag):
    t = Tok(tag)
    try:
        while True:
            yield t.n
    finally:
        print("generator finally", tag, owner.label)


o = Owner()
o.label = "owner-1"
o.gen = worker(o, "g1")
print(next(o.gen))
wg = weakref.ref(o.gen)
del o
print("gen in cycle, alive", wg() is not None)
print("collected", gc.collect())
print("alive", wg() is not None)


def selfref():
    me = yield
    print("got self", me is not None)
    yield "done"


g = selfref()
next(g)
print(g.send(g))
del g
print("self gen collected", gc.collect())
