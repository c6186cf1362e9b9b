# generated program 270 (tests/probe/gen_programs.py)
d0 = dict([(2305843009213693952, (3,)), (141783, 2.5), (2305843009213693951, 2.5), (38, 0)])
print(d0.get(12), 12 in d0, len(d0))
print(d0.get(-1), -1 in d0, len(d0))
d0[88] = 2.5
print(d0.pop(88, 'missing'))
if 49 in d0:
    del d0[49]
x = 468237026
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([])}
d1.update(d0)
d1['pear'] = 0
d1[(2305843009213693952, 673816, 'ß0', )] = [1, 2]
if '' in d1:
    del d1['']
d1['b'] = -7
d1[(-1267650600228229401496703205376, )] = 2.5
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = (3,)
if d1:
    print(d1.popitem())
x = 469483593
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.clear()
if () in d1:
    del d1[()]
d1.update(d0)
x = 301968049
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get('Ünïcödé99'), 'Ünïcödé99' in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {frozenset([14]): 1, False: (3,), frozenset([-24]): 'x' * 3, True: 'x' * 3, frozenset([18446744073709551623, 50, 2305843009213693952]): 'x' * 3, False: 211, True: (3,), True: 0, frozenset([]): 1, True: None, False: 'v', frozenset([100000000000000000074, 2305843009213693952]): [1, 2], False: [1, 2], True: 'x' * 3, frozenset([6, -1267650600228229401496703205376, 112]): None, True: 'x' * 3, True: None, frozenset([1031835, 28]): 'v', True: (3,), frozenset([]): 'v', False: (3,)}
d2[False] = -7
d2[False] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[frozenset([2305843009213693951, -1, -2])] = [1, 2]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
