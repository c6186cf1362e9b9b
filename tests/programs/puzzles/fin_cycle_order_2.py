import gc
gc.disable(); gc.collect()

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "peer:", self.nxt.name)

x = D("x"); y = D("y"); z = D("z")
x.nxt = y; y.nxt = z; z.nxt = x
del x, y, z
print("collected:", gc.collect())
print("again:", gc.collect())
