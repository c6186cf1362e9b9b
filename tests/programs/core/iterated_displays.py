# What fold_iter() does to a display that is only iterated: a for loop or comprehension
# over a set display of constants walks a frozenset constant (32 slots for five items,
# not the 16 a set display merges into); a list display becomes a tuple.
d = {w: str(w) for w in {20, 3, 5, 7, 9}}
print(d)
e = {}
for w in {'k67', 'k620', 'k13', 'k930', 'k857'}:
    e[w] = 0
print(list(e))
print([x for x in {'k67', 'k620', 'k13', 'k930', 'k857'}])
print([x for y in (1, 2) for x in {y, 'k620', 'k13', 'k930', 'k857'}])
print([(x, y) for y in [1, 2] for x in {40, 8, 16, 24, 32}])
print(3 in {1, 2, 3}, 'a' not in ['a', 'b'], 2 < 3 in [3])
a = 5
for v in [a, 1, 2]:
    print(v, end=' ')
print()
for v in []:
    print(v)
for v in {1}:
    print(v)
f = {}
for w in {64, 8, 16, 24, 32, 40, 48, 56, 1, 9}:
    f[w] = w
print(list(f))
g = set()
for w in {64, 8, 16, 24, 32, 40, 48, 56, 1, 9}:
    g.add(w)
print(list(g), list({64, 8, 16, 24, 32, 40, 48, 56, 1, 9}))
