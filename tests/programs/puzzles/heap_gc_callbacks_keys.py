import gc
gc.disable(); gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
x = []
x.append(x)
del x
gc.collect(1)
gc.callbacks.clear()
for s in seen:
    print(s)
print(len(gc.callbacks))
