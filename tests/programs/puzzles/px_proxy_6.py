import gc
gc.disable(); gc.collect()
import weakref

class Obs:
    def __init__(self, n):
        self.n = n
    def hello(self):
        return "hello from %d" % self.n

o = Obs(7)
refs = [weakref.ref(o) for _ in range(3)]
print("all same basic ref:", refs[0] is refs[1] is refs[2])
cbref = weakref.ref(o, lambda r: print("cb ref fired"))
px = weakref.proxy(o)
print("getweakrefcount:", weakref.getweakrefcount(o))
print("getweakrefs len:", len(weakref.getweakrefs(o)))
print(px.hello())
print("count now:", weakref.getweakrefcount(o))
del o
print("after del: refs dead", refs[0]() is None)
try:
    px.hello()
except ReferenceError as e:
    print("err:", e)
print("getweakrefcount of int:", weakref.getweakrefcount(5))
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
