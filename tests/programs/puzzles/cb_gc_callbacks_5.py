import gc
gc.disable(); gc.collect()

stats = {"start": 0, "stop": 0}
def counter(phase, info):
    stats[phase] += 1
    if phase == "stop":
        print("stop info:", info)

class Empty:
    pass

gc.callbacks.append(counter)
for i in range(3):
    e = Empty()
    e.me = e
    e.payload = [i] * 3
    del e
    print("round", i, "->", gc.collect())
gc.callbacks.remove(counter)
try:
    gc.callbacks.remove(counter)
except ValueError as exc:
    print("ValueError:", exc)
print("stats:", stats)
