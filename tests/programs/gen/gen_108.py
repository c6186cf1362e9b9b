# generated program 108 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({-1267650600228229401496703205376: 1, 2305843009213693951: 1}, 'v')
if d0:
    print(d0.popitem())
print(d0.pop(48, 'missing'))
d0.update([(-1267650600228229401496703205376, 1)], extra='v')
d0[853512] = None
d0[2305843009213693951] = 0
print(d0.pop(18446744073709551621, 'missing'))
x = 78369752
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(61), 61 in d0, len(d0))
d0[56] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 637084679
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[2305843009213693952] = 813
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
x = 231971024
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('pear22', 'missing'))
d1['apple'] = None
x = 397668809
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['Ünïcödé'] = 1
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
x = 345473358
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['naïve'] = 2.5
d1['дом'] = 1
d1.update(d0)
x = 997186770
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1['café94'] = -7
d1['pear78'] = 'v'
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {-1: 1, 18446744073709551624: 1, 2305843009213693951: 1, 100000000000000000064: 'x' * 3, 2305843009213693951: None, 48: 'v', -1267650600228229401496703205376: 0, 2305843009213693951: [1, 2], -1: 'x' * 3, 0: -7, 100000000000000000034: [1, 2], 458107: 'v', -1: (3,), 2305843009213693951: 'x' * 3, -1267650600228229401496703205376: 0, 2305843009213693952: 2.5, 7: (3,), 100000000000000000056: 2.5, 2305843009213693951: 'x' * 3, 100000000000000000031: -7, 2305843009213693952: 0, 8: (3,), 2305843009213693951: (3,), -2: 381, 18446744073709551618: 1, 18446744073709551619: (3,), -2: 503, -1: 2.5, 1: 0, 32: (3,), -27: None, 2305843009213693952: None, 100000000000000000098: (3,)}
print(d2.setdefault(2305843009213693951, (3,)))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if d2:
    print(d2.popitem())
if 2305843009213693952 in d2:
    del d2[2305843009213693952]
if 24 in d2:
    del d2[24]
d2[419276] = None
d2[339080] = 469
print(d2.get(-1), -1 in d2, len(d2))
x = 705072438
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 511799542
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 18446744073709551624 in d2:
    del d2[18446744073709551624]
d2.clear()
d2[2305843009213693952] = 613
x = 141595149
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
