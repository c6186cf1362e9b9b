# Resurrection and weak reference callbacks inside a deep chain.
import weakref
class N:
    pass
chain = []
cur = N()
root = cur
for i in range(75):
    nxt = N()
    cur.nxt = nxt
    if i % 10 == 0:
        chain.append(weakref.ref(nxt, lambda r, i=i: print("cb", i, len(chain))))
    cur = nxt
del cur, nxt
saved = []
class R:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        if self.i % 20 == 0:
            saved.append(self)
        print("del", self.i)
h = None
for i in range(70):
    h = R(i, h)
root = None
h = None
print("saved", [s.i for s in saved])
print("end")
