import gc
gc.disable(); gc.collect()
# Reference cycles need the cyclic GC
class Obj:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("  finalizing", self.name)

print("creating cycle")
a = Obj("a")
b = Obj("b")
a.other = b
b.other = a
del a, b
print("after del: nothing finalized yet")
n = gc.collect()
print("gc.collect() found unreachable:", n)
print("self cycle")
c = Obj("c")
c.other = c
del c
print("collect again:", gc.collect())
print("no cycle:")
d = Obj("d")
del d
print("collect third:", gc.collect())
