# generated program 195 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([frozenset([100000000000000000050, 18446744073709551623]), 3.141592653589793, ('b', 'a😀', 2305843009213693951, ), ('ключ8', 18446744073709551618, 2305843009213693951, ), 1.5, b'\x90', (), b'\xf2\xad', b'.m\x0c{', frozenset([2305843009213693952, 18446744073709551617])])}
if b')\xc8\xb3\xc6F' in d0:
    del d0[b')\xc8\xb3\xc6F']
d0.clear()
d0[frozenset([-2, 54])] = (3,)
d0.update([(0.1, 1)], extra=[1, 2])
d0[frozenset([])] = 190
d0[frozenset([])] = (3,)
if b'\xa7<\x1c' in d0:
    del d0[b'\xa7<\x1c']
d0.update([(1.5, 1)], extra=None)
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(()), () in d0, len(d0))
d0[frozenset([32])] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(3.141592653589793), 3.141592653589793 in d0, len(d0))
if frozenset([100000000000000000074, 100000000000000000067]) in d0:
    del d0[frozenset([100000000000000000074, 100000000000000000067])]
d0[frozenset([2305843009213693951])] = 2.5
d0[()] = 'v'
if frozenset([]) in d0:
    del d0[frozenset([])]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(d1.get(-29), -29 in d1, len(d1))
d1[2305843009213693952] = 710
print(d1.setdefault(2305843009213693952, 'x' * 3))
d1[-1] = -7
x = 904286181
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[18446744073709551616] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
