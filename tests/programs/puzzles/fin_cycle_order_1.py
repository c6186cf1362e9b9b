import gc
gc.disable(); gc.collect()

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = D("a"); b = D("b")
a.peer = b; b.peer = a
del a, b
print("before collect")
print("collected:", gc.collect())
print("after collect")
