# Dict comprehension vs dict() constructor
pairs = [("a", 1), ("b", 2), ("a", 3)]
d1 = dict(pairs)
d2 = {k: v for k, v in pairs}
print("dict(pairs):", d1)
print("comprehension:", d2)
d3 = dict(a=1, b=2)
print("dict(kwargs):", d3)
d4 = dict.fromkeys("abc", [])
d4["a"].append(1)
print("fromkeys shared list:", d4)
d5 = {k: [] for k in "abc"}
d5["a"].append(1)
print("comprehension fresh lists:", d5)
keys = ["x", "y", "z"]
vals = [1, 2]
print("dict(zip):", dict(zip(keys, vals)))
inv = {v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()}
print("inverted (collisions):", inv)
print("dict from dict with kw:", dict({"a": 1}, b=2))
