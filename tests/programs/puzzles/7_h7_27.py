import gc; gc.disable(); gc.collect()
import weakref

class Obs:
    def __init__(self, name):
        self.name = name

log = []
objs = [Obs(n) for n in ("a", "b", "c")]
refs = []
for o in objs:
    for tag in (1, 2):
        refs.append(weakref.ref(o, lambda r, n=o.name, t=tag: log.append(f"{n}{t}")))
print("counts:", [weakref.getweakrefcount(o) for o in objs])
objs.pop(1)
print("after pop b:", log)
objs.reverse()
del objs[:]
print("after clearing list:", log)
print("all dead:", all(r() is None for r in refs))

log.clear()
x = Obs("x")
def cb(r):
    log.append("cb sees " + repr(r()))
    return "ignored"
r = weakref.ref(x, cb)
print("callback attr set:", r.__callback__ is cb)
del x
print(log)
print("callback cleared after death:", r.__callback__)

y = Obs("y")
r2 = weakref.ref(y, lambda r: log.append("never"))
del r2
del y
print("callback after ref deleted:", log)
