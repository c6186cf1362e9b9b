import gc
gc.disable(); gc.collect()
import weakref


class T:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "T(%d)" % self.n


t = T(1)
print("count0", weakref.getweakrefcount(t), weakref.getweakrefs(t))
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print("same ref reused", r1 is r2, weakref.getweakrefcount(t))
r3 = weakref.ref(t, lambda r: print("cb r3"))
print("count with cb", weakref.getweakrefcount(t))
p = weakref.proxy(t)
print("count with proxy", weakref.getweakrefcount(t))
p2 = weakref.proxy(t)
print("proxy reused", p is p2, weakref.getweakrefcount(t))
print("refs type names", sorted(type(x).__name__ for x in weakref.getweakrefs(t)))
del r3
print("after del r3", weakref.getweakrefcount(t))
del p, p2
print("after del proxies", weakref.getweakrefcount(t))
r4 = weakref.ref(t, None)
print("None callback shares", r4 is r1, weakref.getweakrefcount(t))
print("deref", r1(), r1() is t)
del t
print("dead", r1(), weakref.getweakrefcount(r1))
print("int count", weakref.getweakrefcount(5))
