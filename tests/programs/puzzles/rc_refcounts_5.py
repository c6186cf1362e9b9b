import gc
gc.disable(); gc.collect()
import sys

class Holder:
    pass

payload = [1, 2, 3]
print("list start:", sys.getrefcount(payload))
h = Holder()
h.data = payload
print("as attribute:", sys.getrefcount(payload))
h.alias = payload
print("two attributes:", sys.getrefcount(payload))
Holder.shared = payload
print("class attribute:", sys.getrefcount(payload))
del h.alias
print("del one attr:", sys.getrefcount(payload))
del h
print("del instance:", sys.getrefcount(payload))
del Holder.shared
print("del class attr:", sys.getrefcount(payload))
outer = [payload, [payload]]
print("nested lists:", sys.getrefcount(payload))
outer[1] = None
print("inner replaced:", sys.getrefcount(payload))
