import gc; gc.disable(); gc.collect()

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.dels = 0
    def __del__(self):
        self.dels += 1
        print("__del__", self.name, "count", self.dels)
        saved.append(self)

p = Phoenix("p1")
print("tracked:", gc.is_tracked(p))
print("finalized before:", gc.is_finalized(p))
del p
print("collect 1:", gc.collect())
print("saved:", [s.name for s in saved])
print("finalized after:", gc.is_finalized(saved[0]))
print("dels:", saved[0].dels)
q = saved.pop()
del q
print("collect 2:", gc.collect())
print("saved len:", len(saved))
print("collect 3:", gc.collect())

class Plain:
    def __init__(self):
        self.me = self
pl = Plain()
print("plain finalized:", gc.is_finalized(pl))
del pl
print("plain collect:", gc.collect())
