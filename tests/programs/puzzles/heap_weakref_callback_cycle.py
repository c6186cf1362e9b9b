import gc
import weakref
gc.disable(); gc.collect()
class N:
    def __init__(self, name):
        self.name = name
def cb(ref):
    print('callback fired, dead:', ref() is None)
a = N('a')
b = N('b')
a.p = b
b.p = a
r = weakref.ref(a, cb)
print(r() is a, weakref.getweakrefcount(a))
del a, b
print('before collect', r() is not None)
print('collected', gc.collect())
print('after collect', r())
