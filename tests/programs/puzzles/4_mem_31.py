import gc
gc.disable(); gc.collect()
import weakref

rescued = None


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        global rescued
        print("del", self.name, "partner", self.partner.name)
        if self.name == "x":
            rescued = self.partner


x = R("x")
y = R("y")
x.partner = y
y.partner = x
wx = weakref.ref(x, lambda r: print("cb x"))
wy = weakref.ref(y, lambda r: print("cb y"))
del x, y
print("first collect", gc.collect())
print("rescued", rescued.name, "its partner", rescued.partner.name)
print("weakrefs dead", wx() is None, wy() is None)
print("finalized flags", gc.is_finalized(rescued), gc.is_finalized(rescued.partner))
print("new weakref count", weakref.getweakrefcount(rescued))
w2 = weakref.ref(rescued, lambda r: print("cb new"))
rescued = None
print("second collect", gc.collect())
print("w2 dead", w2() is None)
print("third collect", gc.collect())
