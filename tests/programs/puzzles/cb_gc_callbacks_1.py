import gc
gc.disable(); gc.collect()

def report(phase, info):
    print(phase, info)

class Node:
    pass

gc.callbacks.append(report)
a = Node(); b = Node()
a.b = b; b.a = a
del a, b
print("result:", gc.collect())
gc.callbacks.remove(report)
print("removed; callbacks empty:", gc.callbacks == [])
print("silent collect:", gc.collect())
