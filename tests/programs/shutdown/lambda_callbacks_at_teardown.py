# Shutdown: weak reference callbacks (lambdas) for objects that die with the module; the refs are garbage too.
import weakref
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = T("a")
b = T("b")
refs = [weakref.ref(a, lambda r: print("cb a")), weakref.ref(b, lambda r: print("cb b"))]
other = weakref.ref(b, lambda r: print("cb b2"))
print("end")
