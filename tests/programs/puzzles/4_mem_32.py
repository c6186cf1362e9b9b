import gc
gc.disable(); gc.collect()
import weakref


class C:
    def __init__(self, n):
        self.n = n


old = [C(i) for i in range(3)]
print("gen0 pass, survivors promoted", gc.collect(0))
young = C(99)
young.back = young
old[0].young = young
del young
print("young held by old, gen0", gc.collect(0))
old[0].young = None
print("now unreachable but in gen1, gen0", gc.collect(0))
print("gen1", gc.collect(1))
a = C(1)
b = C(2)
a.b = b
b.a = a
print("promote pair", gc.collect(0))
c = C(3)
c.a = a
a.c = c
del a, b, c
print("gen0 with old members", gc.collect(0))
print("gen1 sees all", gc.collect(1))
x = C(5)
x.x = x
gc.collect(1)
del x
print("x in gen2, gen1", gc.collect(1))
print("gen2", gc.collect(2))
old.append(old)
del old
print("old list cycle full", gc.collect())
