import gc
gc.disable(); gc.collect()
def cb(phase, info):
    print(phase, info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(cb)
class N:
    pass
a = N(); b = N()
a.b = b; b.a = a
del a, b
print('ret', gc.collect())
print('ret', gc.collect())
l = [[]]
l[0].append(l)
del l
print('ret', gc.collect(0))
gc.callbacks.remove(cb)
print('ret', gc.collect())
