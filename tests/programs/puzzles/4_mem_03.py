import gc
gc.disable(); gc.collect()
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make(tag):
    o = Obj(tag)

    def inner():
        return o.n
    return inner


f = make("cell")
print(f(), f.__closure__[0].cell_contents.n)
del f
print("after del f")


def make_rec(tag):
    o = Obj(tag)

    def rec(k):
        return o.n if k == 0 else rec(k - 1)
    return rec


r = make_rec("rec")
print(r(3))
wr = weakref.ref(r)
del r
print("rec alive", wr() is not None)
print("collected", gc.collect())
print("rec alive", wr() is not None)
