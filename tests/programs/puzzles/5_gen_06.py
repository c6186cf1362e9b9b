a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a.issubset(b), {1, 2} <= a, {1, 2} < {1, 2}, a.isdisjoint({9}))
c = set("mississippi")
print(sorted(c), len(c))
c.add("z"); c.discard("m"); c.discard("q")
print(sorted(c))
try:
    c.remove("q")
except KeyError as e:
    print("KeyError", e)
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, sorted(fs.union({9})))
words = ["one", "two", "three", "two", "one", "four"]
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
print(sorted({len(w) for w in words}))
t = (1, 2, 3)
print(t + (4,), t * 2, t[::-1], t.index(2), t.count(1), (5,), ())
x, *rest = t
*init, last = "hello"
print(x, rest, init, last)
a1, (b1, c1), d1 = 1, (2, 3), 4
print(a1, b1, c1, d1)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(3, "x"), (3, "y")]), min("hello"), tuple(sorted("cab")))
