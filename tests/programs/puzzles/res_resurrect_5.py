import gc
gc.disable(); gc.collect()

lazarus = []

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("A.__del__", self.name, "partner", self.partner.name)
        if self.name == "a1":
            lazarus.append(self)

class B:
    def __init__(self, name):
        self.name = name

a = A("a1"); b = B("b1")
a.partner = b; b.partner = a
del a, b
print("collect:", gc.collect())
r = lazarus[0]
print("resurrected:", r.name, "partner still:", r.partner.name, r.partner.partner is r)
del r
lazarus.clear()
print("collect again:", gc.collect())
print("end")
