import gc
gc.disable(); gc.collect()
import weakref

l = [1, 2]
l.append(l)
print(l)
print(l[2][2][0])
del l
print("list self", gc.collect())

d = {"a": 1}
d["self"] = d
print(d)
del d
print("dict self", gc.collect())

x = []
y = [x]
x.append(y)
t = (x,)
x.append(t)
print(len(x), len(y))
del x, y, t
print("list-tuple cycle", gc.collect())

m = {}
n = {"m": m}
m["n"] = [n, (m,)]
del m
print("partial", gc.collect())
del n
print("rest", gc.collect())

s = [[]]
s[0].append(s)
s.append(s[0])
print(len(s), s[0][0] is s)
s.clear()
print("cleared", gc.collect())
