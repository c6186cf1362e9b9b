import gc
gc.disable(); gc.collect()

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

p = Phoenix("p")
del p
print("saved:", [s.name for s in saved])
q = saved.pop()
print("popped", q.name)
del q
print("no second __del__; saved:", len(saved))
print("collect:", gc.collect())
