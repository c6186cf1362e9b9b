# 1, 1.0 and True as dict keys
d = {True: "yes", 1: "no", 1.0: "maybe"}
print("dict:", d)
print("len:", len(d))
print("hash values:", hash(1), hash(1.0), hash(True))
d2 = {}
d2[1.0] = "float"
d2[1] = "int"
print("d2:", d2)
s = {1, 1.0, True}
print("set:", s)
s2 = {True, 1, 1.0}
print("set2:", s2)
print("0 == False == 0.0:", 0 == False == 0.0)
d3 = {0: "zero", False: "false", 0.0: "fzero", "": "empty"}
print("d3:", d3)
print("hash(-1), hash(-2):", hash(-1), hash(-2))
