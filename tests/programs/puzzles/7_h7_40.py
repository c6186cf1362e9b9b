import gc; gc.disable(); gc.collect()
import weakref, sys

class Config:
    defaults = {"mode": "fast"}
    def __init__(self):
        self.overrides = {}
        self.owner = self
    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no config {name!r}")
    @classmethod
    def fresh(cls):
        return cls()
    @staticmethod
    def version():
        return "1.0"
    def __del__(self):
        print("config finalized, gc.is_finalized before del done:", gc.is_finalized(self))

c = Config.fresh()
print("mode:", c.mode, "version:", c.version(), Config.version())
try:
    c.speed
except AttributeError as e:
    print("AttributeError:", e)
print("getattr default:", getattr(c, "speed", "n/a"))
w = weakref.ref(c)
print("refcount c:", sys.getrefcount(c))
print("is_finalized:", gc.is_finalized(c))
del c
print("collect:", gc.collect())
print("dead:", w() is None)
cm = Config.__dict__["fresh"]
sm = Config.__dict__["version"]
print("raw types:", type(cm).__name__, type(sm).__name__)
print("func of classmethod:", cm.__func__.__name__, "sm func:", sm.__func__())
b1 = Config.fresh
b2 = Config.fresh
print("classmethod bound equal:", b1 == b2, b1 is b2)
print("staticmethod same function:", Config.version is Config.version)
print("collect:", gc.collect())
