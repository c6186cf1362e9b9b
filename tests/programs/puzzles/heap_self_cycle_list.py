import gc
gc.disable(); gc.collect()
l = []
l.append(l)
d = {}
d['self'] = d
print(gc.collect())
del l
print(gc.collect())
del d
print(gc.collect())
class N:
    pass
n = N()
n.me = n
del n
print(gc.collect())
