# Callbacks with default arguments along a short chain, newest object first.
import weakref
class N:
    def __init__(self, i, child):
        self.i = i
        self.child = child
refs = []
n = None
for i in range(3):
    n = N(i, n)
    refs.append(weakref.ref(n, lambda r, i=i: print("cb", i)))
del n
print("end", len(refs))
