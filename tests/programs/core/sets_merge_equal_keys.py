# Merging a set into a non-empty set must find keys that are equal but other objects
# (set_merge() -> set_add_entry(): hash, identity, then ==).
n = 10**20
m = int(str(n))
print(n is m, len({n} | {m}), {n} | {m})
s = ''.join(['a', 'b'])
print({'ab'} | {s}, len({'ab'} | {s}))
print(len({'x', 'y', 'z', 'w'} | {'y'}), sorted({'x', 'y', 'z', 'w'} | {'y'}))
print({'x', 'y', 'z', 'w'} | {'y'} == {'x', 'y', 'z', 'w'})

big = [10**20 + i for i in range(6)]
big2 = [int(str(x)) for x in big]
a = set(big)
print(len(a.union(set(big2))), len(a.union(set(big2), set(big2[:3]))))
b = set(big[:2])
b.update(set(big2))
print(len(b), sorted(b) == big)
c = set(big[:3])
c |= set(big2)
print(len(c))
f = frozenset(big[:4]) | frozenset(big2)
print(type(f).__name__, len(f))
d = dict.fromkeys(big)
e = dict.fromkeys(big2)
print(len(d.keys() | e.keys()), len(d.keys() | set(big2)), len(set(big2) | d.keys()))
# 1, 1.0 and True are equal: the first one in stays.
print({1, 2} | {1.0, True}, {1.0} | {1, True}, {True} | {1.0})
print({1, 2}.union({1.0}, [True, 3.0]))
t = {1}
t.update({1.0}, {True})
print(t)
# a.update(a), a | a, a.union(a) change nothing.
u = set(range(5))
u.update(u)
print(u, u | u, u.union(u, u))
u |= u
print(u)
# merge into an empty set copies the table as is; into a non-empty one re-adds.
for k in range(12):
    x = set(range(k))
    y = set()
    y |= x
    z = {100}
    z |= x
    print(k, y, z, x | {3, 1000})
w = {'a', 'b', 'c'}
w2 = set()
w2.update(w)
print(w2 == w, list(w2) == list(w))
