import gc
gc.disable(); gc.collect()

cache = {}

class Conn:
    def __init__(self, key):
        self.key = key
        self.uses = 0
    def __del__(self):
        print("returning", self.key, "to pool, uses =", self.uses)
        cache[self.key] = self

def use(key):
    c = cache.pop(key, None) or Conn(key)
    c.uses += 1
    return c.uses

print(use("x"))
print(use("x"))
print(use("y"))
print("pool:", sorted(cache))
c = cache.pop("y")
c.loop = c
del c
print("collect:", gc.collect())
print("pool:", sorted(cache))
