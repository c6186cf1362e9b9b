import gc
gc.disable(); gc.collect()
a = [1]
lst = [a]
d = {"k": a}
g = globals()
print(g is globals(), type(g).__name__, "a" in g, "zz" in g, g["a"] is a, g.get("zz", 5), g.get("d") is d)
refs = gc.get_referrers(a)
print(len(refs), any(r is g for r in refs), any(r is lst for r in refs), any(r is d for r in refs))
g["newname"] = 42
print(newname)
del g["newname"]
print("newname" in globals())
try:
    g["missing"]
except KeyError as e:
    print("KeyError", e)
def f():
    local_only = []
    return len(gc.get_referrers(local_only))
print(f())
