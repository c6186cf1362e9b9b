import gc; gc.disable(); gc.collect()

class K: pass
samples = [
    ("int", 42),
    ("str", "hello"),
    ("float", 1.5),
    ("None", None),
    ("empty tuple", ()),
    ("tuple of ints", (1, 2, 3)),
    ("tuple with list", (1, [2])),
    ("empty list", []),
    ("list of ints", [1, 2]),
    ("empty dict", {}),
    ("dict of atoms", {"a": 1}),
    ("dict with list", {"a": []}),
    ("set", {1, 2}),
    ("frozenset", frozenset({1})),
    ("bytes", b"x"),
    ("instance", K()),
    ("class", K),
    ("function", lambda: 0),
]
for name, obj in samples:
    print(f"{name:16} {gc.is_tracked(obj)}")

t = tuple([1, 2, 3])
print("runtime tuple before gc:", gc.is_tracked(t))
gc.collect()
print("runtime tuple after gc:", gc.is_tracked(t))
d = {}
print("dict empty:", gc.is_tracked(d))
d[1] = 2
print("dict atom value:", gc.is_tracked(d))
d[2] = []
print("dict list value:", gc.is_tracked(d))
del d[2]
print("dict after removing list:", gc.is_tracked(d))
