import gc; gc.disable(); gc.collect()
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

log = []
def cb1(r):
    log.append(("cb1", r() is None))
def cb2(r):
    log.append(("cb2", r() is None))

o = Obj(1)
r0 = weakref.ref(o)
r1 = weakref.ref(o, cb1)
r2 = weakref.ref(o, cb2)
r3 = weakref.ref(o)
print("r0 is r3:", r0 is r3)
print("r1 is r2:", r1 is r2)
print("count:", weakref.getweakrefcount(o))
print("len getweakrefs:", len(weakref.getweakrefs(o)))
print("r0() is o:", r0() is o)
print("r1() .n:", r1().n)
print("r1 == r2 (alive):", r1 == r2)
del o
print("log:", log)
print("r0():", r0())
print("r1():", r1())
print("r1 == r2 (dead):", r1 == r2)
print("r0 == r3:", r0 == r3)
print("count dead:", weakref.getweakrefcount(Obj(2)))

try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
