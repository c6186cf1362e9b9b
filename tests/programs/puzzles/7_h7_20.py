import gc; gc.disable(); gc.collect()
import sys
import weakref

class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Payload", self.n, "freed")

def fail(p):
    local = p
    raise ValueError("boom " + str(p.n))

p = Payload(1)
try:
    fail(p)
except ValueError as e:
    print("caught:", e)
    print("refcount inside except:", sys.getrefcount(p))
print("e defined after block:", "e" in globals())
print("refcount after except:", sys.getrefcount(p))
del p
print("after del p")

kept = []
p2 = Payload(2)
w = weakref.ref(p2)
try:
    fail(p2)
except ValueError as e:
    kept.append(e)
del p2
print("alive via traceback:", w() is not None)
print("kept message:", kept[0].args)
tb = kept[0].__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth:", depth)
kept.clear()
print("after clear alive:", w() is not None)
print("collect:", gc.collect())
print("after collect alive:", w() is not None)
