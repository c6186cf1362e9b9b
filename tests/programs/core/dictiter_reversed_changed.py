# dictreviter_iternext() in Objects/dictobject.c: reversed() of a dict or of its views
# checks the size on every step (sticky), walks down from the last entry, and has no
# "keys changed" check.


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2}
r = reversed(d)
d["c"] = 3
show("grown", lambda: next(r))
del d["c"]
show("back to size", lambda: next(r))

for view in ("keys", "values", "items"):
    d = {"a": 1, "b": 2, "c": 3}
    r = reversed(getattr(d, view)())
    print(view, type(r).__name__, next(r))
    del d["a"]
    show(view + " shrunk", lambda: next(r))
    show(view + " shrunk again", lambda: list(r))

# Same size: delete one key and add another.
d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(next(r))
del d["b"]
d["z"] = 26
show("swap", lambda: list(r))

d = {"a": 1, "b": 2, "c": 3}
r = reversed(d.items())
print(next(r))
d["c"] = d.pop("c")
show("readd last", lambda: list(r))

d = {"a": 1, "b": 2, "c": 3}
r = reversed(d.values())
print(next(r))
del d["a"]
d["a"] = 100
show("readd first", lambda: list(r))

# Holes in the table are skipped.
d = {i: i * i for i in range(8)}
for i in (0, 3, 7):
    del d[i]
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), list(reversed({}.items())))

# A resize with the size unchanged: the position is an old entry index.
d = {i: i for i in range(5)}
r = reversed(d)
print(next(r))
for i in range(5, 30):
    d[i] = i
    del d[i - 5]
print(len(d), list(d))
show("resized", lambda: list(r))

# A loop over reversed() that replaces values.
d = {"x": 1, "y": 2}
for k in reversed(d):
    d[k] += 10
print(d)

d = {"x": 1, "y": 2}
try:
    for k in reversed(d):
        d[k + k] = 0
except RuntimeError as e:
    print("loop", type(e).__name__, e)
print(d)
