# 1, 1.0 and True hash alike and compare equal: one key, the first object kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), hash(1), hash(1.0), hash(True))
e = {True: "t", 1: "i"}
f = {0: "zero", False: "f", 0.0: "z", -0.0: "nz"}
print(e, f)
