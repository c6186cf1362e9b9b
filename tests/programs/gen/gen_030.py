# generated program 30 (tests/probe/gen_programs.py)
d0 = {}
if 'pear26' in d0:
    del d0['pear26']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['дом18'] = 531
d0['𝄞85'] = 2.5
d0[(16, 'Ünïcödé', 2305843009213693952, )] = [1, 2]
d0.update([(36, 1)], extra=-7)
d0[frozenset([18, 2305843009213693952, 100000000000000000067])] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if d1:
    print(d1.popitem())
d1[-20] = 'v'
x = 362315204
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a'] = 1
if 764758 in d1:
    del d1[764758]
if 46 in d1:
    del d1[46]
x = 597240678
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[1e+300] = 874
d1[-1] = [1, 2]
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate([2305843009213693952, -2, 154146, -1])}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop(100000000000000000005, 'missing'))
d2[2305843009213693951] = (3,)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
