import gc, weakref
gc.disable(); gc.collect()
class A: pass
a = A()
a.cache = weakref.WeakValueDictionary()
a.cache["self"] = a
a.me = a
del a
print(gc.collect())
b = A()
b.keys = weakref.WeakKeyDictionary()
b.keys[b] = 1
b.me = b
del b
print(gc.collect())
c = A()
c.ws = weakref.WeakSet()
c.ws.add(c)
c.me = c
del c
print(gc.collect())
