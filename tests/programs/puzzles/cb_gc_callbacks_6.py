import gc
gc.disable(); gc.collect()
import weakref

order = []
def gccb(phase, info):
    order.append("gc-" + phase)
    print("gc", phase, info)

class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append("del-" + self.name)

def wcb(r):
    order.append("weakref-cb")

t = T("t")
t.cyc = t
w = weakref.ref(t, wcb)
del t
gc.callbacks.append(gccb)
n = gc.collect(2)
gc.callbacks.remove(gccb)
print("n =", n)
print("order:", order)
