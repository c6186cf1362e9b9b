a = {5, 3, 1, 9, 7}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([10, 11], (12,))))
s = {"pear", "fig", "kiwi", "apple"}
print(sorted(s), sorted(s, key=len), sorted(s, key=lambda w: (-len(w), w)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}))
c = set()
for i in range(20):
    c.add(i % 7)
print(sorted(c), len(c))
c.discard(100)
c.remove(0)
try:
    c.remove(0)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, type(fs | {4}).__name__)
d = {fs: "frozen"}
print(d[frozenset({1, 2, 3})])
u = {x % 5 for x in range(30)}
print(sorted(u))
words = set("mississippi")
print(sorted(words), "".join(sorted(words)))
print(sorted({True, 1, 0, False, 2}))
a -= {1}
a &= {3, 5, 9, 100}
print(sorted(a))
print(repr(set()), repr(frozenset()))
