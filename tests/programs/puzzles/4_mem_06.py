import gc
gc.disable(); gc.collect()
import sys
import weakref


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


shared = D("shared")
print("rc0", sys.getrefcount(shared))


def f(x=shared, y=[]):
    y.append(x.n)
    return len(y)


print("rc1", sys.getrefcount(shared))
print(f(), f(), f(D("tmp")))
print("defaults list", f.__defaults__[1])
lst = [shared, shared]
dct = {"k": shared}
print("rc2", sys.getrefcount(shared))
del shared, lst, dct
print("rc3", sys.getrefcount(f.__defaults__[0]))
g = lambda z=D("lambda-default"): z.n
print(g())
del g
print("after del g")
f.__defaults__ = (D("replacement"), [])
print("after replacing defaults")
print(f())
del f
print("end")
