import gc; gc.disable(); gc.collect()
import sys

class Thing:
    pass

t = Thing()
print("bound to global:", sys.getrefcount(t))
lst = [t]
print("in list:", sys.getrefcount(t))
lst2 = [t, t, t]
print("in list x3:", sys.getrefcount(t))
d = {"a": t, "b": t}
print("as dict values x2:", sys.getrefcount(t))
d2 = {t: 1}
print("as dict key:", sys.getrefcount(t))
tup = (t,)
print("in tuple:", sys.getrefcount(t))

def f(x):
    return sys.getrefcount(x)
print("inside function:", f(t))
def g(x):
    y = x
    z = x
    return sys.getrefcount(x)
print("with two locals:", g(t))
del lst, lst2, d, d2, tup
print("after dels:", sys.getrefcount(t))

def make():
    obj = Thing()
    def inner():
        return obj
    return inner, obj
inner, o = make()
print("closure captured:", sys.getrefcount(o))
del inner
print("closure gone:", sys.getrefcount(o))

class M:
    def meth(self):
        return 1
m = M()
print("instance:", sys.getrefcount(m))
bm = m.meth
print("with bound method:", sys.getrefcount(m))
bm2 = m.meth
print("two bound methods:", sys.getrefcount(m))
print("bm.__self__ is m:", bm.__self__ is m)
del bm, bm2
print("after del bms:", sys.getrefcount(m))
