# Hash puzzles: 1 == 1.0 == True as keys, hash(-1)
print("hash(1), hash(1.0), hash(True):", hash(1), hash(1.0), hash(True))
print("hash(-1):", hash(-1), "hash(-2):", hash(-2))
print("hash(-1) == hash(-2):", hash(-1) == hash(-2))
print("hash(0), hash(0.0), hash(False):", hash(0), hash(0.0), hash(False))

d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print("dict after three assignments:", d)
print("len:", len(d))

d2 = {True: "yes", 1: "one", 1.0: "float"}
print("literal:", d2)

d3 = {-1: "minus one", -2: "minus two"}
print("keys survive same hash:", d3[-1], d3[-2])

s = {1, 1.0, True, 0, 0.0, False, 2}
print("set:", sorted(s))
print("len set:", len(s))

print("hash of int equals value for small:", [hash(i) for i in range(-3, 4)])
print("hash of 2**61-1:", hash(2**61 - 1))
print("hash of 2**61:", hash(2**61))
print("hash of 0.5:", hash(0.5))
print("hash of 1.5:", hash(1.5))
print("hash tuple equal:", hash((1, 2)) == hash((1.0, 2.0)))

keys = [(1, 2), (1.0, 2.0), (True, 2)]
td = {}
for k in keys:
    td[k] = td.get(k, 0) + 1
print("tuple keys:", td)

fs = {frozenset({1, 2}): "a"}
fs[frozenset({2, 1})] = "b"
print("frozenset keys:", fs)
print("frozenset equals set:", frozenset({1, 2}) == {1, 2})
