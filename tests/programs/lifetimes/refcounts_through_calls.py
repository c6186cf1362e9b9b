# Reference counts through methods, calls with *args/**kw, containers, closures, bound methods, loops and an except clause.
import sys
class A:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return sys.getrefcount(x)
    def peek(self):
        return sys.getrefcount(self)
a = A()
o = A()
print(sys.getrefcount(a))
print(a.add(o))
print(a.peek())
def f(x, *args, **kw):
    return sys.getrefcount(x)
print(f(o), f(o, 1, 2, k=3))
lst = [o, o, o]
print(sys.getrefcount(o))
d = {"k": o, "j": o}
print(sys.getrefcount(o))
t = (o,)
print(sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
g = (x for x in [o])
print(sys.getrefcount(o))
r = [sys.getrefcount(o) for _ in range(2)]
print(r)
def outer():
    y = o
    def inner():
        return sys.getrefcount(y)
    return inner
h = outer()
print(h(), sys.getrefcount(o))
m = a.add
print(sys.getrefcount(a), sys.getrefcount(m))
s = {o}
print(sys.getrefcount(o))
print(sys.getrefcount(A))
x = y = z = [1, 2]
print(sys.getrefcount(x))
def ret():
    q = A()
    return q, sys.getrefcount(q)
v, n = ret()
print(n, sys.getrefcount(v))
k = max([o, o], key=id)
print(sys.getrefcount(o))
for e in [a]:
    print(sys.getrefcount(e))
print(sys.getrefcount(a))
try:
    raise ValueError(o)
except ValueError as err:
    print(sys.getrefcount(o), sys.getrefcount(err))
print(sys.getrefcount(o))
