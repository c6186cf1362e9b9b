import gc
gc.disable(); gc.collect()
import weakref

holder = []

class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        print("finalizing, call #", Once.count)
        holder.append(self)

o = Once()
w = weakref.ref(o)
for round_ in range(3):
    del o
    print("round", round_, "holder size", len(holder), "alive", w() is not None)
    o = holder.pop() if holder else Once()
print("total __del__ calls:", Once.count)
o.cycle = o
del o
print("collect:", gc.collect())
print("total __del__ calls:", Once.count, "holder", len(holder))
holder.clear()
print("collect:", gc.collect())
