# KeyError and friends, then an uncaught KeyError (exit 1).
d = {"a": 1}
for k in ["b", 1, (1, 2)]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print(e)
print(d.get("zz", "default"), d.pop("zz", None))
d["missing"]
