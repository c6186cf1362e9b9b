import gc
gc.disable(); gc.collect()

class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("leaf __del__", self.name)

class Cyc:
    pass

# Objects with __del__ hanging off a cycle that has no finalizers itself.
a = Cyc(); b = Cyc()
a.b = b; b.a = a
a.leaf = Leaf("L1")
b.leaves = [Leaf("L2"), Leaf("L3")]
del a, b
print("collected:", gc.collect())
print("end")
