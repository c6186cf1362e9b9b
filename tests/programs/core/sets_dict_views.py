# Set operators on dict key and item views (Objects/dictobject.c, 3.11).
d = dict.fromkeys([9, 2, 1])
print(d.keys() - {9})
print(d.keys() ^ {9})
print(d.keys() | {9}, d.keys() | [17, 25], d.keys() & {9, 2})
print({9, 2} & d.keys(), {9} ^ d.keys(), {9} - d.keys(), {9} | d.keys())
print([17, 1] | d.keys(), (17, 1) - d.keys(), [1, 17] ^ d.keys(), [1, 2] & d.keys())
print(type(frozenset({1}) - d.keys()).__name__, type(d.keys() | frozenset()).__name__)
e = dict.fromkeys([1, 2, 17, 33, 9])
print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() - e.keys(), e.keys() - d.keys())
print(d.keys() ^ e.keys(), e.keys() ^ d.keys(), d.keys() | e.keys(), e.keys() | d.keys())
r = d.keys() - {9}
r.add(17)
print(r)
r = d.keys() ^ {9, 2}
r.add(10)
print(r)
big = dict.fromkeys(range(30))
print(big.keys() - {3, 4, 5})
print(big.keys() & {5, 40, 3}, {5, 40, 3} & big.keys())
print(big.keys() & set(range(25, 60)))
x = {'a': 1, 'b': 2, 'c': 3}
y = {'b': 2, 'c': 4, 'd': 5}
print(sorted(x.items() ^ y.items()), sorted(x.items() & y.items()), sorted(x.items() - y.items()))
print(sorted(x.items() | y.items()), sorted(x.items() ^ {('a', 1), ('z', 0)}))
print(x.keys().isdisjoint(y), x.keys().isdisjoint(['z']), x.items().isdisjoint({('a', 1)}))
print(x.keys().isdisjoint(x.keys()), {}.keys().isdisjoint({}.keys()))
print(d.keys() == {9, 2, 1}, d.keys() <= {9, 2, 1, 5}, d.keys() > {9})
k1 = {10**20: 1, 'q': 2}
k2 = {int(str(10**20)): 3, ''.join(['q']): 4}
print(len(k1.keys() | k2.keys()), len(k1.keys() ^ k2.keys()), len(k1.keys() & k2.keys()))
