# generated program 11 (tests/probe/gen_programs.py)
d0 = {('café', 134526, -1, ): 1, (-1, ): None, frozenset([]): [1, 2], frozenset([-2]): 1, ('Ünïcödé', 18446744073709551621, 1017545, ): 1}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.clear()
d0[()] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([((), 1)], extra=2.5)
d0.update([((999267, 'b', 100000000000000000038, ), 1)], extra=[1, 2])
d0[frozenset([2305843009213693952, -1, 49])] = (3,)
print(d0.get(frozenset([100000000000000000031, 2305843009213693952, -2])), frozenset([100000000000000000031, 2305843009213693952, -2]) in d0, len(d0))
d0[frozenset([])] = None
if () in d0:
    del d0[()]
if () in d0:
    del d0[()]
if d0:
    print(d0.popitem())
print(d0.get(frozenset([2305843009213693951, 2305843009213693951, -2])), frozenset([2305843009213693951, 2305843009213693951, -2]) in d0, len(d0))
d0[frozenset([100000000000000000066, 2305843009213693951])] = (3,)
if ('naïve', 'дом', ) in d0:
    del d0[('naïve', 'дом', )]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0[frozenset([40, 2305843009213693952, 88])] = 1
if frozenset([18446744073709551619, 18446744073709551621]) in d0:
    del d0[frozenset([18446744073709551619, 18446744073709551621])]
x = 155245730
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([])] = 1
d0[frozenset([52, -1])] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
