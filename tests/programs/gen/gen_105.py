# generated program 105 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({1e+300, 9.5, b'\xb3\xad', 3.141592653589793, b'L\x07', 3.141592653589793, 1.1805916207174113e+21})
d0.update([(1e+300, 1)], extra=[1, 2])
x = 375098325
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(0.5, 'missing'))
print(d0.setdefault(-0.0, 'x' * 3))
d0[1e-300] = 0
d0[1e-300] = 145
d0[b'ai'] = 2.5
d0[b'5\xd1\xc1\xec\x98'] = 75
print(d0.setdefault(-0.0, [1, 2]))
d0[1e+300] = 'v'
print(d0.get(3.141592653589793), 3.141592653589793 in d0, len(d0))
d0[-2.25] = 2.5
print(d0.setdefault(0.1, 'v'))
if b'{\xfa' in d0:
    del d0[b'{\xfa']
d0[b'\xa6 N\xc2\xd8'] = 1
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {('😀30', '😀42', 'ß', ): 2.5, ('ключ', -2, ): 911, (): 'v', False: (3,), (): [1, 2], -1: 2.5, True: 'v', -2: 1, (100000000000000000009, -2, ): (3,), True: 0, 0: -7, frozenset([837076, -1267650600228229401496703205376, 2305843009213693951]): 1, frozenset([256980, 88, 2305843009213693951]): [1, 2], False: 'x' * 3, True: 778, frozenset([104]): 'x' * 3, False: 1, frozenset([]): 0, 472542: 0, -1: 2.5, frozenset([]): 340}
x = 440178194
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 467939294
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[frozenset([])] = [1, 2]
d1[True] = 1
d1[True] = 2.5
d1[frozenset([2305843009213693952, 24])] = [1, 2]
d1[frozenset([-1267650600228229401496703205376])] = 433
d1[frozenset([18446744073709551619])] = None
d1[-1] = [1, 2]
if d1:
    print(d1.popitem())
print(d1.get(frozenset([18446744073709551617, 20])), frozenset([18446744073709551617, 20]) in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([2305843009213693952, 24, -2])] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate([frozenset([2305843009213693952, 18446744073709551617, 104]), (), -1])}
d2.update(d0)
d2[()] = 2.5
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
