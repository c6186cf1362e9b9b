import gc
gc.disable(); gc.collect()
import weakref

class Box:
    pass

log = []
def cb(r):
    log.append(r)
    print("cb fired, referent None:", r() is None, "same ref:", r is holder[0])

x = Box()
x.self_ref = x          # self-cycle
holder = [weakref.ref(x, cb)]
del x
print("before collect, alive:", holder[0]() is not None)
print("collect ->", gc.collect())
print("log len", len(log))
print("second collect ->", gc.collect())
