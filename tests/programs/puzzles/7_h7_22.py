import gc; gc.disable(); gc.collect()
import weakref

class Lazy:
    def __init__(self):
        self.loaded = {}
        self.parent = None
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print("computing", name)
        val = name.upper()
        self.loaded[name] = val
        setattr(self, name, val)
        return val
    def __del__(self):
        print("Lazy del, loaded =", sorted(self.loaded))

a = Lazy()
print(a.foo)
print(a.foo)
print(a.bar)
print("hasattr _x:", hasattr(a, "_x"))
try:
    a._private
except AttributeError as e:
    print("AttributeError:", e)
b = Lazy()
a.parent = b
b.parent = a
print(b.zap)
wa = weakref.ref(a)
wb = weakref.ref(b)
del a, b
print("alive:", wa() is not None, wb() is not None)
print("collected:", gc.collect())
print("alive:", wa() is not None, wb() is not None)
