d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d)
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
d["e"] = 5
d["b"] = 6
print(d, list(d))
d["a"] = 100
print(list(d.items()))
d.pop("c")
d["c"] = 7
print(d)
keys = d.keys()
vals = d.values()
items = d.items()
d["z"] = 0
print(list(keys), list(vals))
print(len(items), ("z", 0) in items, "q" in keys)
print(keys & {"a", "z", "y"} == {"a", "z"}, sorted(keys - {"a"}))
print(sorted(keys | {"m"}))
print(list(reversed(d)))
x = d.popitem()
print(x, d)
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(keys)[:9], type(vals).__name__, type(items).__name__)
