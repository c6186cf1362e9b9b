import gc
gc.disable(); gc.collect()

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

# Non-cyclic: refcounting finalizes immediately, in chain order.
head = D("head")
head.child = D("child")
head.child.child = D("grandchild")
print("deleting chain")
del head
print("chain gone; collect:", gc.collect())

# Cycle plus a plain list in the cycle
c = D("c")
lst = [c]
c.lst = lst
del c, lst
print("cycle collect:", gc.collect())
