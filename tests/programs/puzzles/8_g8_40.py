# Dict and set puzzles: views, mutation during iteration, set algebra
d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
values = d.values()
items = d.items()
print("views:", list(keys), list(values), list(items))
d["d"] = 4
del d["a"]
print("views are live:", list(keys), list(values), len(items))
print("membership in views:", "b" in keys, 4 in values, ("c", 3) in items)
try:
    for k in d:
        if k == "b":
            d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print("dict after failed loop:", d)
for k in list(d):
    if d[k] == 0:
        del d[k]
print("safe deletion via list copy:", d)
try:
    for k in d:
        d[k] = d[k] * 10
    print("changing values during iteration is fine:", d)
except RuntimeError as e:
    print("unexpected:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print("union:", sorted(a | b), "intersection:", sorted(a & b))
print("difference:", sorted(a - b), sorted(b - a), "symmetric:", sorted(a ^ b))
print("subset:", {1, 2} <= a, {1, 2} < {1, 2}, a.isdisjoint({8, 9}))
print("set from string keeps unique:", sorted(set("mississippi")), len(set("mississippi")))
print("frozenset ops return frozenset:", type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
print("set of small ints:", {5, 3, 1, 4, 2})
e = set()
print("empty set literal is dict:", type({}).__name__, type(e).__name__, repr(e))
try:
    {1, 2}.remove(3)
except KeyError as ex:
    print("remove missing KeyError:", repr(ex))
print("discard missing is quiet:", {1, 2}.discard(3))
try:
    set().pop()
except KeyError as ex:
    print("pop empty:", ex.args)
print("dict equality ignores order:", {"x": 1, "y": 2} == {"y": 2, "x": 1})
print("but list of items doesn't:", list({"x": 1, "y": 2}.items()) == list({"y": 2, "x": 1}.items()))
nested = {"k": [1, 2]}
cp = dict(nested)
cp["k"].append(3)
cp["j"] = 0
print("shallow copy:", nested, cp)
print("dict from zip:", dict(zip("abc", range(3))), "dict from kwargs:", dict(x=1, y=2))
try:
    dict([("a", 1), ("b",)])
except ValueError as ex:
    print("ValueError:", ex)
counts = dict.fromkeys("hello", 0)
for ch in "hello world":
    if ch in counts:
        counts[ch] += 1
print("fromkeys counting:", counts)
print("max key by value:", max(counts, key=counts.get), "sorted items:", sorted(counts.items(), key=lambda kv: -kv[1]))
