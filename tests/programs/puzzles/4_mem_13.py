import gc
gc.disable(); gc.collect()
import weakref


class N:
    pass


def cycle(k):
    for _ in range(k):
        a = N()
        b = N()
        a.b = b
        b.a = a


cycle(2)
print("gen0 with 2 cycles", gc.collect(0))
keep = []
keep.append(keep)
print("gen0 nothing", gc.collect(0))
del keep
print("gen1 finds promoted", gc.collect(1))
cycle(3)
print("gen1", gc.collect(1))
x = [N(), N()]
x[0].x = x
gc.collect(0)
gc.collect(1)
del x
print("gen0 misses old", gc.collect(0))
print("gen1 misses old", gc.collect(1))
print("gen2 gets it", gc.collect(2))
cycle(1)
print("full default", gc.collect())
print("generation arg error check")
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
