import gc; gc.disable(); gc.collect()
import sys

class Box:
    pass

b = Box()
base = sys.getrefcount(b)
print("base:", base)
def capture():
    return lambda: b
f1 = capture()
print("global closure (no cell):", sys.getrefcount(b) - base)

def capture_local(o):
    return lambda: o
f2 = capture_local(b)
print("closure cell:", sys.getrefcount(b) - base)
f3 = capture_local(b)
print("two closures:", sys.getrefcount(b) - base)
print("cell contents is b:", f2.__closure__[0].cell_contents is b)
del f2, f3
print("after del closures:", sys.getrefcount(b) - base)

g = (x for x in [b])
print("generator not started:", sys.getrefcount(b) - base)
next(g)
print("generator started:", sys.getrefcount(b) - base)
del g
print("generator deleted:", sys.getrefcount(b) - base)

it = iter([b, b])
print("iterator over list:", sys.getrefcount(b) - base)
next(it)
print("after next:", sys.getrefcount(b) - base)
del it
print("after del it:", sys.getrefcount(b) - base)

s = {b}
print("in set:", sys.getrefcount(b) - base)
fs = frozenset(s)
print("in frozenset too:", sys.getrefcount(b) - base)
b.self = b
print("self attribute:", sys.getrefcount(b) - base)
del b.self
print("attr removed:", sys.getrefcount(b) - base)
