import gc
gc.disable(); gc.collect()

def first(phase, info):
    print("first ", phase, sorted(info.items()))

def second(phase, info):
    print("second", phase, sorted(info))

class D:
    def __del__(self):
        print("D.__del__ during collection")

gc.callbacks.append(first)
gc.callbacks.append(second)
d = D()
d.loop = d
del d
print("collected:", gc.collect())
gc.callbacks.remove(first)
print("collected:", gc.collect())
gc.callbacks.remove(second)
print("left:", len(gc.callbacks))
