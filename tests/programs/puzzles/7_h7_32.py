import gc; gc.disable(); gc.collect()

phases = []
def watcher(phase, info):
    phases.append(f"{phase}:gen{info['generation']}:c{info['collected']}:u{info['uncollectable']}")

class D:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("finalize", self.n, "phases so far", len(phases))

gc.callbacks.append(watcher)
objs = [D(i) for i in range(3)]
del objs
r = gc.collect()
print("returned:", r)
for p in phases:
    print(p)
phases.clear()

def second(phase, info):
    phases.append("second " + phase)
gc.callbacks.insert(0, second)
x = []
x.append(x)
del x
print("returned:", gc.collect(2))
print(phases)
gc.callbacks.clear()
print("callbacks cleared:", gc.callbacks)
print("keys:", sorted({"generation": 0, "collected": 0, "uncollectable": 0}))
