import gc, sys, weakref
gc.disable(); gc.collect()
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Obj({self.name})"
    def __del__(self): print("del", self.name)
ws = weakref.WeakSet()
a, b, c = Obj("a"), Obj("b"), Obj("c")
ws.add(a); ws.add(b); ws.update([c, a])
print(len(ws), a in ws, Obj("tmp") in ws, 5 in ws)
print(sorted(x.name for x in ws))
del b
print(len(ws), sorted(x.name for x in ws))
ws.discard(a)
print(len(ws), a in ws)
try:
    ws.remove(a)
except KeyError:
    print("KeyError on remove")
print(weakref.getweakrefcount(ws), weakref.getweakrefcount(c))
print(weakref.ref(ws) is weakref.ref(ws))
print(bool(ws), bool(weakref.WeakSet()))
x = ws.pop()
print("popped", x, len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)
del x
ws2 = weakref.WeakSet([a, c])
cp = ws2.copy()
print(len(cp), type(cp).__name__)
del c
print(len(ws2), len(cp))
ws2.clear()
print(len(ws2), sys.getrefcount(a))
try:
    ws2[0]
except TypeError as e:
    print("TypeError:", e)
try:
    ws2.add(1)
except TypeError as e:
    print("TypeError:", e)
s = {3, 1, 2}
print(s.pop(), s.pop(), s)
holder = Obj("holder")
holder.ws = weakref.WeakSet([holder])
holder.me = holder
del holder
print("collected", gc.collect())
print(len(gc.get_referents(weakref.WeakValueDictionary())))
print(type(ws.data).__name__, ws._pending_removals, ws._iterating)
