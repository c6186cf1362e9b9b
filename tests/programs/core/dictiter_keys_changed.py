# Dict iterators notice keys that changed while the size stayed the same
# (dictiter_iternextkey / _iternextvalue / _iternextitem in Objects/dictobject.c).


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# The report's case: one key deleted, one added, then the rest of the iterator.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
del d[1]
d[3] = 3
show("rest", lambda: list(it))
show("after error", lambda: list(it))
print(d)


# A for loop that deletes one key and adds another each time round.
def loop(d, step):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > 20:
                break
            step(d, k)
    except RuntimeError as e:
        print("loop", seen, type(e).__name__, e)
    else:
        print("loop", seen, "done")
    print(" ", d)


def swap(d, k):
    del d[k]
    d[str(k) + "x"] = 0


loop({"a": 1, "b": 2, "c": 3}, swap)
loop({"a": 1}, swap)


def readd(d, k):
    v = d.pop(k)
    d[k] = v


loop({1: 1, 2: 2, 3: 3}, readd)
loop({"p": 1}, readd)


def replace_value(d, k):
    d[k] = d[k] * 10


loop({1: 1, 2: 2, 3: 3}, replace_value)

# Holes made before the iterator change nothing.
d = {i: i for i in range(8)}
for i in (1, 3, 5):
    del d[i]
print(list(d), list(d.values()), list(d.items()))

# values() and items() iterators.
for view in ("keys", "values", "items"):
    d = {"x": 1, "y": 2, "z": 3}
    it = iter(getattr(d, view)())
    print(view, type(it).__name__, next(it))
    del d["x"]
    d["w"] = 4
    show(view + " next", lambda: next(it))
    show(view + " next again", lambda: next(it))
    show(view + " then", lambda: next(it))
    show(view + " stays", lambda: list(it))

# Deleting a later key and adding one.
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it))
del d["c"]
d["d"] = 4
show("later", lambda: [next(it), next(it)])
show("later end", lambda: next(it))

# Deleting and re-adding the current key: it is seen again, then the error.
d = {"a": 1, "b": 2, "c": 3}
it = iter(d.items())
print(next(it))
d["a"] = d.pop("a")
show("readd", lambda: [next(it) for _ in range(2)])
show("readd end", lambda: next(it))

# Two deletions, two additions.
d = dict.fromkeys("abcd", 0)
it = iter(d)
print(next(it), next(it))
del d["a"], d["b"]
d["e"] = d["f"] = 1
show("two", lambda: [next(it) for _ in range(2)])
show("two end", lambda: next(it))

# A resize while the size stays put compacts the table under the iterator.
d = {i: i for i in range(5)}
it = iter(d)
print(next(it), next(it))
for i in range(5, 40):
    d[i] = i
    del d[i - 5]
print(len(d), list(d)[:3])
show("resized", lambda: list(it))

# The size check comes first and is sticky, even once the size is back.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d[3] = 3
show("size", lambda: next(it))
del d[3]
show("size again", lambda: next(it))

# popitem then an insert: the new key takes the popped entry's place.
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it))
d.popitem()
d["z"] = 26
show("popitem", lambda: list(it))

# clear then refill to the same size.
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
d.clear()
d["x"] = 1
d["y"] = 2
show("clear", lambda: list(it))

# An exhausted iterator stays exhausted.
d = {1: 1}
it = iter(d)
print(list(it))
d[2] = 2
show("exhausted", lambda: list(it))

# Unchanged instance attributes iterate as usual.
class C:
    pass


o = C()
o.a, o.b, o.c = 1, 2, 3
del o.b
print(list(vars(o)), list(reversed(vars(o).items())))
for k in vars(o):
    setattr(o, k, 0)
print(vars(o))
