# generated program 276 (tests/probe/gen_programs.py)
d0 = dict([(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ), None), (48, None), ((2305843009213693951, 'pear', ), 'x' * 3), (957497, 'v'), (2305843009213693952, 411), (frozenset([100000000000000000016, -2]), 'v'), (58, 2.5), (frozenset([-32, 613929, 18446744073709551622]), None), ((18446744073709551622, ), [1, 2]), (frozenset([-1267650600228229401496703205376, -1, 2305843009213693951]), 0), (('key15', 18446744073709551617, '', ), -7), ((), 1), (26, [1, 2]), (('pear', 'Ünïcödé51', ), -7), (18446744073709551621, 1), (0.1, [1, 2]), ((), 841), (0.5, [1, 2]), (('日本8', -2, '中文', ), 'x' * 3), (frozenset([18, -2]), (3,)), (frozenset([]), (3,)), (frozenset([41, -1, 100000000000000000040]), (3,)), (0.75, -7), (frozenset([]), -7), (('key', 2305843009213693952, -2, ), 'v'), ((-26, ), 'x' * 3), (1e+300, 0), (frozenset([42]), -7), (-1, 374), (frozenset([40]), 0), (frozenset([-2]), 2.5), (-0.0, 'v'), (-2, None)])
if (18, ) in d0:
    del d0[(18, )]
d0.update([((-1, 24, 2305843009213693952, ), 1)], extra='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 424728650
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(frozenset([]), -7))
d0[0.1] = 2.5
d0[frozenset([-1, -1])] = 'v'
d0.update([(frozenset([855725]), 1)], extra=None)
print(d0.pop(2305843009213693951, 'missing'))
d0[frozenset([-2, 100000000000000000062])] = 0
if d0:
    print(d0.popitem())
d0[()] = [1, 2]
print(d0.setdefault(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 100000000000000000006, ), 'x' * 3))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[5.625] = 'v'
d0[-2] = 'x' * 3
x = 424144032
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(-0.0, 'missing'))
if (-2, 'b49', ) in d0:
    del d0[(-2, 'b49', )]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[True] = 2.5
if frozenset([]) in d1:
    del d1[frozenset([])]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([-1267650600228229401496703205376, 764391, 2305843009213693951])] = 'v'
d1[frozenset([-1267650600228229401496703205376])] = 'v'
d1[frozenset([-1267650600228229401496703205376, 2305843009213693952])] = 2.5
d1[False] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
