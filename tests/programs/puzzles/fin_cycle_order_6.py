import gc
gc.disable(); gc.collect()

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "sees attr:", hasattr(self, "partner"))

def build(tag):
    p = D(tag + "1"); q = D(tag + "2")
    p.partner = q; q.partner = p
    return "built " + tag

print(build("A"))
print(build("B"))
print("collected:", gc.collect())
keep = D("kept")
keep.partner = keep
print("program end")
