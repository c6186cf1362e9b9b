import gc
gc.disable(); gc.collect()

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = D("a"); b = D("b")
a.other = b; b.other = a
ext = b            # external reference keeps the whole cycle alive
del a, b
print("collect with external ref:", gc.collect())
print("ext.other.name:", ext.other.name)
del ext
print("collect after dropping ext:", gc.collect())
print("done")
