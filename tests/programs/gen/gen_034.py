# generated program 34 (tests/probe/gen_programs.py)
d0 = {}
d0[b'\x17\x02m\x8d'] = 2.5
d0.update([(b'\x97', 1)], extra=1)
print(d0.get(b'\x97='), b'\x97=' in d0, len(d0))
if frozenset([2305843009213693951, -1]) in d0:
    del d0[frozenset([2305843009213693951, -1])]
if False in d0:
    del d0[False]
d0.update([(b'', 1)], extra=0)
x = 922078301
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if frozenset([-2, 107882]) in d0:
    del d0[frozenset([-2, 107882])]
if d0:
    print(d0.popitem())
d0.update([(frozenset([18446744073709551619]), 1)], extra='x' * 3)
d0[True] = [1, 2]
d0[False] = (3,)
d0[b'\x98\xba'] = 0
d0.clear()
print(d0.get(frozenset([620134])), frozenset([620134]) in d0, len(d0))
d0[True] = [1, 2]
d0[b'\xd7'] = -7
if d0:
    print(d0.popitem())
print(d0.setdefault(True, 'v'))
x = 157775054
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(frozenset([43]), 0), (frozenset([]), [1, 2]), (True, -7)])
d1[b'\x98\xca\xe7\x95'] = 'v'
d1[frozenset([-1267650600228229401496703205376, 100000000000000000082])] = [1, 2]
if frozenset([-1, 887252, 486850]) in d1:
    del d1[frozenset([-1, 887252, 486850])]
d1[frozenset([100000000000000000057, -1267650600228229401496703205376, 18446744073709551617])] = [1, 2]
d1.update(d0)
print(d1.pop(b'\xe0\xe1', 'missing'))
print(d1.pop(b'\x8c0p:', 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(d0)
d2[1] = None
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.get(2305843009213693951), 2305843009213693951 in d2, len(d2))
print(d2.setdefault(-2, 2.5))
x = 300943254
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop(-17, 'missing'))
d2[24] = 1
print(d2.get(2305843009213693951), 2305843009213693951 in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 279932642
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[18446744073709551620] = 723
d2[100000000000000000045] = 0
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
