import weakref
# weakref callbacks
class Big:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Big(%r)" % self.name

def on_dead(ref):
    print("  callback: referent died, ref() ->", ref())

obj = Big("x")
r = weakref.ref(obj, on_dead)
print("deref:", r())
print("alive?", r() is not None)
print("weakref count:", weakref.getweakrefcount(obj))
other = obj
del obj
print("after del obj, still alive via other:", r())
print("deleting last strong ref")
del other
print("after:", r())
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
