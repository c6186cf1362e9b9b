# Weak reference callbacks along a 110-deep chain: each runs before its object lets go of the next.
import weakref
class N:
    def __init__(self, i, child):
        self.i = i
        self.child = child
refs = []
n = None
for i in range(110):
    n = N(i, n)
    if i % 7 == 0:
        refs.append(weakref.ref(n, lambda r, i=i: print("cb", i)))
del n
print("end", len(refs))
