# generated program 316 (tests/probe/gen_programs.py)
d0 = {18446744073709551624: 'v', 18446744073709551616: 464, 2305843009213693952: 'v', 1: None, -2: (3,), 100000000000000000087: (3,), 100000000000000000017: 'v', 120: 'v', 100000000000000000025: None, 40: 'v', 25: [1, 2], 46: 1, 2305843009213693951: 2.5, 2305843009213693952: 2.5, 2305843009213693952: None, 37: [1, 2], 2305843009213693951: -7, -17: None, 612288: 1, 14: 'x' * 3}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(100000000000000000063, 1)], extra=1)
d0[44] = None
d0[2305843009213693952] = 0
d0[-1267650600228229401496703205376] = None
d0[957338] = 930
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
if -1 in d0:
    del d0[-1]
d0.update([(7, 1)], extra=1)
d0[-1267650600228229401496703205376] = 17
d0[2305843009213693951] = [1, 2]
print(d0.setdefault(2305843009213693952, None))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['fig'] = 953
d1['ключ'] = None
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
d1[-48] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[120] = None
d1[14] = 340
d1.update(d0)
if d1:
    print(d1.popitem())
d1['a63'] = 'v'
print(d1.setdefault(-1267650600228229401496703205376, None))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate([43, -2, 609183, 25, 2305843009213693951, 100000000000000000039, 18446744073709551621, 88, 2305843009213693951, 2305843009213693952, 2305843009213693951, -3, 18446744073709551624, 64, -2])}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop(56, 'missing'))
if d2:
    print(d2.popitem())
d2[-49] = 0
x = 484836611
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 939271892
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update([(2305843009213693952, 1)], extra=2.5)
d2[6] = 'x' * 3
d2[18446744073709551618] = 370
d2[112] = 1
if d2:
    print(d2.popitem())
d2[-2] = 'x' * 3
d2[4] = 'v'
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
