import gc
gc.disable(); gc.collect()
xs = [[] for _ in range(20)]
d = [{} for _ in range(5)]
del xs, d
c1 = gc.get_count()
a = [[] for _ in range(5)]
c2 = gc.get_count()
gc.collect()
c3 = gc.get_count()
b = [[] for _ in range(5)]
e = {}
c4 = gc.get_count()
print(c1, c2, c3, c4)
