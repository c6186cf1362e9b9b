import gc; gc.disable(); gc.collect()

order = []

class F:
    def __init__(self, name):
        self.name = name
        self.refs = []
    def __del__(self):
        order.append(self.name)

def ring(names):
    objs = [F(n) for n in names]
    for i, o in enumerate(objs):
        o.refs.append(objs[(i + 1) % len(objs)])
    return objs

r = ring(["a", "b", "c"])
del r
print("collect ring3:", gc.collect())
print("order:", order)
order.clear()

r = ring(["p", "q"])
r.reverse()
del r
print("collect ring2:", gc.collect())
print("order:", order)
order.clear()

x = F("x"); y = F("y"); z = F("z")
x.refs = [y, z]; y.refs = [x]; z.refs = [x]
del y, z, x
print("collect star:", gc.collect())
print("order:", order)
order.clear()

s = F("solo")
s.refs.append(s)
del s
print("collect self:", gc.collect())
print("order:", order)
print("garbage:", gc.garbage)
