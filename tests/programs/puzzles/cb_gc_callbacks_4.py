import gc
gc.disable(); gc.collect()

class Pair:
    def __init__(self):
        self.other = None

def make_pairs(n):
    for _ in range(n):
        x = Pair(); y = Pair()
        x.other = y; y.other = x

def cb(phase, info):
    print(f"[{phase}] generation={info['generation']} collected={info['collected']} uncollectable={info['uncollectable']}")

gc.callbacks.append(cb)
make_pairs(3)
print("gen0:", gc.collect(0))
make_pairs(2)
survivor = Pair(); survivor.other = survivor
print("gen1:", gc.collect(1))
del survivor
print("gen2:", gc.collect(2))
gc.callbacks.remove(cb)
make_pairs(1)
print("no callback:", gc.collect())
