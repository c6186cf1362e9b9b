import gc
gc.disable(); gc.collect()

graveyard = []

class Z:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        graveyard.append(self)

a = Z("a"); b = Z("b")
a.o = b; b.o = a
del a, b
print("collect 1:", gc.collect())
print("graveyard:", sorted(z.name for z in graveyard))
graveyard.clear()
print("collect 2:", gc.collect())
print("collect 3:", gc.collect())
