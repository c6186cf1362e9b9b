import gc; gc.disable(); gc.collect()
import sys

class Cell:
    def __init__(self, v):
        self.v = v

store = {}
c = Cell(1)
base = sys.getrefcount(c)
store["a"] = c
print("dict value:", sys.getrefcount(c) - base)
store["b"] = c
print("two values:", sys.getrefcount(c) - base)
store["a"] = None
print("overwritten a:", sys.getrefcount(c) - base)
store.pop("b")
print("popped (result discarded):", sys.getrefcount(c) - base)
l = [c] * 5
print("list * 5:", sys.getrefcount(c) - base)
l2 = l[:2]
print("slice of 2:", sys.getrefcount(c) - base)
l3 = l + l2
print("concat 7:", sys.getrefcount(c) - base)
del l, l2, l3
print("after dels:", sys.getrefcount(c) - base)
t = (c, [c])
print("tuple + inner list:", sys.getrefcount(c) - base)
k = t[1]
del t
print("kept inner list:", sys.getrefcount(c) - base)
del k
a, b2, *rest = [c, c, c, c]
print("unpacked:", sys.getrefcount(c) - base, len(rest))
del a, b2, rest
print("clean:", sys.getrefcount(c) - base)
def kwf(**kw):
    return sys.getrefcount(c) - base
print("via kwargs:", kwf(x=c, y=c))
def starf(*args):
    return sys.getrefcount(c) - base
print("via *args:", starf(c, c, c))
print("final:", sys.getrefcount(c) - base)
