import gc
gc.disable(); gc.collect()
class MyErr(Exception): pass
m = MyErr()
m.me = m
del m
print(gc.collect())
