# A weak reference callback runs before the object it watched releases what it holds.
import weakref
class N:
    def __init__(self, i, child):
        self.i = i
        self.child = child
def cb(r):
    print("cb")
n = N(0, None)
r0 = weakref.ref(n, cb)
n = N(1, n)
r1 = weakref.ref(n, cb)
n = N(2, n)
r2 = weakref.ref(n, cb)
del n
print("end")
