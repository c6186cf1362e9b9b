import gc; gc.disable(); gc.collect()
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name

r = Res("alpha")
p = weakref.proxy(r)
print(p.name)
print(p.hello())
print("proxy count:", weakref.getweakrefcount(r))
p2 = weakref.proxy(r)
print("p is p2:", p is p2)
def cb(px):
    print("proxy callback fired")
p3 = weakref.proxy(r, cb)
print("p is p3:", p is p3)
print("count:", weakref.getweakrefcount(r))
del r
try:
    print(p.name)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p3.hello()
except ReferenceError as e:
    print("ReferenceError:", e)
print("type name:", type(p).__name__)

class Cyc:
    pass
c = Cyc()
c.self = c
pc = weakref.proxy(c, lambda _: print("cyc proxy cb"))
del c
print("before collect")
print("collected:", gc.collect())
try:
    pc.self
except ReferenceError:
    print("dead after collect")
