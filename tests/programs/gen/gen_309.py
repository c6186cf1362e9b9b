# generated program 309 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([False, True, frozenset([-1, 711292, 2305843009213693951]), frozenset([100000000000000000014]), True, frozenset([-2, 2305843009213693952, -1267650600228229401496703205376]), 1e-300, -2.25, 0.5, frozenset([]), 1.5, 1.5, 1.5, frozenset([2305843009213693952, 2305843009213693951, -1267650600228229401496703205376]), frozenset([-32, -1267650600228229401496703205376]), 1e-300, True])}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([100000000000000000064, 2305843009213693951, -2])] = (3,)
d0[False] = (3,)
d0[1e-300] = None
d0[False] = 1
print(d0.get(-0.0), -0.0 in d0, len(d0))
d0[-0.0] = -7
d0[frozenset([2305843009213693952, 18446744073709551616, -1])] = 'x' * 3
d0[frozenset([])] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'a😀94': 0, 'pear7': 0, 'key7': -7, 'pear': [1, 2], 'ß2': 0, 'café': 'x' * 3}
if 'Ünïcödé89' in d1:
    del d1['Ünïcödé89']
d1['é76'] = 1
d1.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1)], extra='x' * 3)
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1.update(d0)
d1['naïve86'] = 0
d1['café'] = -7
d1['é'] = None
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({}, 'v')
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d2:
    del d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
if 'z16' in d2:
    del d2['z16']
d2['中文30'] = (3,)
if 'naïve23' in d2:
    del d2['naïve23']
if 'a82' in d2:
    del d2['a82']
if 'дом14' in d2:
    del d2['дом14']
x = 299629337
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['fig17'] = None
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 347450903
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
