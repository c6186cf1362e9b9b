# Element order of set operators and methods: each mirrors its setobject.c function.
print({1, 2, 3, 4} ^ {1, 9})
print({1, 9} ^ {1, 2, 3, 4})
print({1, 2, 3, 4} ^ {9, 17, 25})
print(frozenset({1, 2}) ^ {8, 16}, {8, 16} ^ frozenset({1, 2}))
print({8, 16, 24, 32} ^ {1, 2, 3})
s = {1, 2, 3, 4}
s ^= {1, 9, 17}
print(s)
s.add(33)
print(s)
print({1, 2, 3}.symmetric_difference([9, 17, 1]))
t = {1, 2, 3}
t.symmetric_difference_update([9, 17, 1])
print(t)
t.symmetric_difference_update(dict.fromkeys([17, 25, 2]))
print(t)
t.symmetric_difference_update(t)
print(t)

# Difference: a copy then discards when the left side is over 4 times larger.
a = set(range(20))
print(a - {1, 2, 3}, a - {5})
b = a - {0}
b.add(32)
print(b)
print({8, 16, 24, 0, 1} - {16}, {8, 16, 24, 0, 1} - {16, 2, 3, 4, 5})
print(set(range(10)).difference([3, 4], {5}, (6,)))
print(set(range(10)).difference(dict.fromkeys([1, 2])))
c = set(range(40))
c -= set(range(0, 40, 2))
print(c)
c.add(2)
print(c)
c.difference_update(range(10), {11, 13})
print(c)
c.difference_update(c)
print(c)
# Many dummies: the table is rebuilt after the difference.
import sys
d = set(range(64))
print(sys.getsizeof(d))
d -= set(range(40))
print(sys.getsizeof(d), d)
d.add(100)
print(d)

# Intersection walks the smaller set (the right one on a tie).
print({1, 2, 3} & {3, 2}, {3, 2} & {1, 2, 3}, {1, 2} & {2.0, 1.0}, {2.0, 1.0} & {1, 2})
print({1, 2}.intersection([1.0, 5, 6]), {1, 2, 3}.intersection([3, 2]))
print({1, 2, 3}.intersection({2, 3, 4}, [3, 4, 2.0]))
print(set(range(10)).intersection())
g = iter([1, 2, 3])
print({1}.intersection(g), list(g))
e = {1, 2, 3, 4}
e &= {4, 3.0, 9}
print(e)
e.intersection_update([3, 5], {3.0, 8})
print(e)

# Subset, superset, disjoint, comparisons.
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1.0}, {1} == {1.0})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2, 3]))
g = iter([5, 1, 2, 3])
print({1, 2, 3, 4}.issuperset(g), list(g))
g = iter([5, 1, 2, 3])
print({1, 2, 3, 4}.isdisjoint(g), list(g))
g = iter([1, 2, 3])
print({1}.issubset(g), list(g))
print(frozenset({1, 2}).union([3]), frozenset({1, 2}).difference([1]), frozenset({1}).copy())
for bad in [lambda: {1}.symmetric_difference(), lambda: {1}.isdisjoint(1, 2),
            lambda: frozenset({1}).issubset(), lambda: {1}.intersection(5),
            lambda: {1} - [1], lambda: {1}.difference([[]])]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
