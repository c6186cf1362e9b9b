names = ["ann", "bob", "cy", "dee"]
ages = [31, 25, 40]
d = {n: a for n, a in zip(names, ages)}
print(d)
inv = {v: k for k, v in d.items()}
print(inv)
sq = {i: i * i for i in range(6) if i % 2 == 0}
print(sq)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c, a)
c |= [("w", 0), ("x", -1)]
print(c)
nested = {"cfg": {"depth": 2, "names": ["a", "b"], "opt": None}, "n": (1, 2.5, "s'q")}
print(nested)
print(repr(nested["n"]))
print({**a, **b, "extra": True})
print(dict(zip("abc", range(3)), d=9))
print(dict.fromkeys("xyz", 0))
m = {(1, 2): "tuple", 3.0: "float", True: "bool"}
print(m)
m[1] = "int"
print(m, len(m))
