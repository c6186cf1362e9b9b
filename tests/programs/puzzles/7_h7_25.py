import gc; gc.disable(); gc.collect()
import weakref

graveyard = []

class Ghost:
    def __init__(self, name):
        self.name = name
        self.buddy = None
        self.times = 0
    def __del__(self):
        self.times += 1
        print("__del__", self.name, self.times)
        if self.name == "g1":
            graveyard.append(self)

g1 = Ghost("g1")
g2 = Ghost("g2")
g1.buddy = g2
g2.buddy = g1
w1 = weakref.ref(g1, lambda r: print("callback g1"))
w2 = weakref.ref(g2, lambda r: print("callback g2"))
del g1, g2
print("collect 1:", gc.collect())
print("w1 alive:", w1() is not None, "w2 alive:", w2() is not None)
print("graveyard:", [g.name for g in graveyard])
print("buddy name:", graveyard[0].buddy.name)
print("buddy finalized:", gc.is_finalized(graveyard[0].buddy))
graveyard.clear()
print("collect 2:", gc.collect())
print("collect 3:", gc.collect())
