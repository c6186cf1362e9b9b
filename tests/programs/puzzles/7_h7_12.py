import gc; gc.disable(); gc.collect()

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(cb)
print("collect empty:", gc.collect())

class N:
    pass
for i in range(3):
    n = N()
    n.me = n
del n
print("collect 3 cycles:", gc.collect())
l = []
l.append(l)
del l
print("collect gen0:", gc.collect(0))
print("collect gen1:", gc.collect(1))
gc.callbacks.remove(cb)
print("collect after removal:", gc.collect())
for e in events:
    print(e)
print("callbacks len:", len(gc.callbacks))
