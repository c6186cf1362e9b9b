import gc; gc.disable(); gc.collect()
import weakref

class Temperature:
    instances = 0
    def __init__(self, c):
        self._c = c
        self.me = self
        Temperature.instances += 1
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
    @classmethod
    def boiling(cls):
        return cls(100)
    @staticmethod
    def describe(v):
        return f"{v:.1f}C"
    def __del__(self):
        print("del Temperature", self.describe(self._c))

t = Temperature(20)
print("f:", t.f)
t.f = 212
print("c:", t._c)
b = Temperature.boiling()
print("boiling f:", b.f)
print("instances:", Temperature.instances)
print("property type:", type(Temperature.__dict__["f"]).__name__)
print("classmethod bound to:", Temperature.boiling.__self__ is Temperature)
print("staticmethod plain:", Temperature.describe(3))
w1 = weakref.ref(t)
w2 = weakref.ref(b)
del t
print("t alive after del (self cycle):", w1() is not None)
del b
print("collect:", gc.collect())
print("both dead:", w1() is None and w2() is None)
try:
    Temperature.f.fset(None, 1)
except AttributeError as e:
    print("AttributeError:", e)
