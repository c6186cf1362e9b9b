import gc
gc.disable(); gc.collect()
import sys
import weakref


class Q:
    def __init__(self, name):
        self.name = name

    def m(self):
        return self.name

    def __del__(self):
        print("del", self.name)


q = Q("q")
print("start", sys.getrefcount(q))


def mk(obj):
    def f():
        return obj.name
    return f

f = mk(q)
print("closure", sys.getrefcount(q))
bm = q.m
print("bound", sys.getrefcount(q))


def g(o):
    yield o.name
    yield o.name

it = g(q)
print("unstarted gen", sys.getrefcount(q))
next(it)
print("started gen", sys.getrefcount(q))
lst = [q] * 5
print("list*5", sys.getrefcount(q))
del lst, bm
print("drop list+bound", sys.getrefcount(q))
it.close()
print("closed gen", sys.getrefcount(q))
del q
print("only closure left:", f(), sys.getrefcount(f.__closure__[0].cell_contents))
del f
print("end")
