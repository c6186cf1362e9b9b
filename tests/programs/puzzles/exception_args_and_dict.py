import gc
gc.disable(); gc.collect()
e = ValueError("x", 1)
e.me = e
del e
print(gc.collect())
class MyErr(Exception): pass
m = MyErr()
m.me = m
del m
print(gc.collect())
a = KeyError("k")
print(a.args is a.args, a.args)
b = [ValueError("v")]
b.append(b)
del b
print(gc.collect())
