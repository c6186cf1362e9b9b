import gc
gc.disable(); gc.collect()

class Breaker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "breaking link to", self.link.name if self.link else None)
        self.link = None

class Plain:
    def __init__(self, name):
        self.name = name

# 3-cycle: Breaker -> Plain -> Breaker -> Breaker(first)
b1 = Breaker("b1"); p = Plain("p"); b2 = Breaker("b2")
b1.link = p; p.link = b2; b2.link = b1
del b1, p, b2
print("collected:", gc.collect())

# Finalizer that drops the only cycle edge: object then freed by refcount
solo = Breaker("solo")
solo.link = Plain("tail")
solo.link.link = solo
del solo
print("collected:", gc.collect())
print("collected:", gc.collect())
