class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
l = Lazy()
print(l.real, l.xyz, getattr(l, "nope", "default"), hasattr(l, "abc"), hasattr(l, "xa"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class P:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "fallback for " + name
print(P().broken)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Child(Lazy):
    pass
print(Child().xq)
