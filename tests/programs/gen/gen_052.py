# generated program 52 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['a😀'])}
x = 370936972
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('中文', 1)], extra=-7)
d0['中文50'] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0.update([('Ünïcödé56', 1)], extra=2.5)
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx64', 2.5))
d0.update([('😀', 1)], extra=-7)
print(d0.pop('kiwi57', 'missing'))
x = 691363880
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['a😀'] = 2.5
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['pear90'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('дом', -7))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {frozenset([-2, 18446744073709551623, -2]): (3,), False: (3,), True: 'x' * 3, 3.141592653589793: 1, frozenset([861477]): None, (): None, True: -7, ('apple', ): 'x' * 3, (96, 'ключ', ): -7, frozenset([]): None, 1.1805916207174113e+21: (3,), True: None, (-2, ): 'v', False: None, True: 'v', -0.0: -7, frozenset([-2, 0, 100000000000000000096]): 881}
print(d1.pop((100000000000000000086, -1, 2305843009213693952, ), 'missing'))
d1[-2.25] = None
d1[False] = [1, 2]
d1[1e+300] = 'v'
if d1:
    print(d1.popitem())
d1[(467804, 104, )] = 745
d1[frozenset([])] = None
d1[False] = None
d1[-2.25] = [1, 2]
d1[True] = [1, 2]
d1[frozenset([9, 482998, 100000000000000000015])] = 832
if d1:
    print(d1.popitem())
d1[(2305843009213693951, )] = None
d1.update(d0)
x = 854166577
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if frozenset([23, 48, 18446744073709551618]) in d1:
    del d1[frozenset([23, 48, 18446744073709551618])]
d1[1.5] = 2.5
if frozenset([342307, 100000000000000000012, -2]) in d1:
    del d1[frozenset([342307, 100000000000000000012, -2])]
x = 200008092
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1[(2305843009213693952, 47, 'b', )] = 785
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
