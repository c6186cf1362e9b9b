# generated program 84 (tests/probe/gen_programs.py)
d0 = {-2.25: None, 1e-300: 0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 147, frozenset([-2]): 0, 'naïve': 'v', b'2\xc3\x8f\xce': 'x' * 3, b'\xcf': (3,), 1.1805916207174113e+21: 'x' * 3, 1.1805916207174113e+21: 2.5, frozenset([2305843009213693951]): -7, frozenset([]): 1, 3.141592653589793: 'v', frozenset([]): 'x' * 3, b'}': 715, frozenset([8, 16]): 'v'}
d0[frozenset([-48, 2305843009213693952, -1])] = None
d0[b''] = 'x' * 3
print(d0.get(1e-300), 1e-300 in d0, len(d0))
d0[b'F)'] = (3,)
print(d0.get(1.5), 1.5 in d0, len(d0))
d0[b'\x12S\x1b\xbf\xae'] = None
d0[frozenset([])] = -7
d0[0.5] = (3,)
x = 373001631
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 233717028
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([])}
d1[34] = 2.5
d1[-1267650600228229401496703205376] = 404
print(d1.get(-2), -2 in d1, len(d1))
d1[55] = 0
if 43 in d1:
    del d1[43]
if 25 in d1:
    del d1[25]
print(d1.setdefault(-1, 'x' * 3))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1[333918] = [1, 2]
d1[-2] = 'v'
d1.update(d0)
d1[1] = 979
d1[2305843009213693951] = (3,)
d1[100000000000000000064] = 0
if -2 in d1:
    del d1[-2]
d1[-1267650600228229401496703205376] = 120
if 38 in d1:
    del d1[38]
d1.update(d0)
d1[1013759] = 2.5
print(d1.pop(2305843009213693951, 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2['a😀99'] = 'v'
print(d2.setdefault('𝄞48', None))
d2['é'] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop('kiwi', 'missing'))
d2[True] = -7
x = 232180875
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
print(d2.get('pear66'), 'pear66' in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.get('a😀'), 'a😀' in d2, len(d2))
d2.update([(frozenset([100000000000000000052]), 1)], extra=2.5)
d2[frozenset([])] = (3,)
x = 475813081
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
