import gc
gc.disable(); gc.collect()
import weakref

class Ring:
    def __init__(self, i):
        self.i = i
        self.next = None

refs = []
def cb(r):
    print("ring member gone; refs still live:", sum(1 for x in refs if x() is not None))

nodes = [Ring(i) for i in range(4)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
for n in nodes:
    refs.append(weakref.ref(n, cb))
print("count:", weakref.getweakrefcount(nodes[0]))
del n
nodes.clear()
print("dead before gc:", [r() is None for r in refs])
print("gc ->", gc.collect())
print("dead after gc:", [r() is None for r in refs])
