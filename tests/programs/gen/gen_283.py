# generated program 283 (tests/probe/gen_programs.py)
d0 = {-2.25: (3,), frozenset([40]): None, frozenset([54, 56, -2]): None, 2305843009213693951: 'x' * 3, 2305843009213693951: 'x' * 3, frozenset([]): -7, 2.375: 327, 1e+300: 'v', 637578: -7, -0.0: [1, 2], 100000000000000000070: (3,), 0.1: -7, 0.1: 1, frozenset([]): -7, frozenset([18446744073709551617]): 1, -2.25: 1, -2.25: 2.5, frozenset([96, 2305843009213693951]): 0, 32: None, frozenset([-19, -1, 2305843009213693952]): 'x' * 3, 0.1: 109}
d0[frozenset([-1])] = (3,)
print(d0.get(2305843009213693951), 2305843009213693951 in d0, len(d0))
d0.update([(11, 1)], extra=1)
d0[frozenset([2305843009213693952])] = -7
if 1e-300 in d0:
    del d0[1e-300]
d0.update([(1e-300, 1)], extra=1)
d0[3.141592653589793] = -7
d0.update([(frozenset([112, 2305843009213693952, 18446744073709551617]), 1)], extra=2.5)
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
print(d0.pop(frozenset([516192]), 'missing'))
d0[100000000000000000064] = -7
print(d0.setdefault(frozenset([497226, -1, -1]), 'v'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 18446744073709551623 in d0:
    del d0[18446744073709551623]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([-25, -1267650600228229401496703205376, 13, 44, 634675])}
d1[2305843009213693951] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[2305843009213693951] = 793
x = 604213109
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(131437), 131437 in d1, len(d1))
if -2 in d1:
    del d1[-2]
d1[2305843009213693952] = 1
d1[-1267650600228229401496703205376] = 'x' * 3
d1[18446744073709551623] = 692
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 824063 in d1:
    del d1[824063]
if d1:
    print(d1.popitem())
d1[2305843009213693951] = 2.5
d1.update(d0)
d1.update([(18446744073709551620, 1)], extra='x' * 3)
x = 337763755
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if -2 in d1:
    del d1[-2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {15687: 2.5, -2: 0, 295737: 2.5, 426845: -7}
d2.update([(637020, 1)], extra=None)
print(d2.get(18446744073709551617), 18446744073709551617 in d2, len(d2))
if 2305843009213693951 in d2:
    del d2[2305843009213693951]
d2.clear()
d2.update(d0)
print(d2.setdefault(100000000000000000004, None))
d2[2305843009213693952] = 2.5
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 738788906
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[2305843009213693952] = 'x' * 3
d2[-2] = (3,)
print(d2.get(-1), -1 in d2, len(d2))
x = 181869347
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 11 in d2:
    del d2[11]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
