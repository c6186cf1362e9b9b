# generated program 72 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({3.141592653589793, 2305843009213693952, -0.0, -2.25, ('a😀', 18446744073709551620, ), (2305843009213693952, ), ()})
d0.clear()
print(d0.pop(-0.0, 'missing'))
if ('a', 'kiwi26', 'naïve', ) in d0:
    del d0[('a', 'kiwi26', 'naïve', )]
print(d0.pop((2305843009213693951, ), 'missing'))
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
x = 367132900
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[('z', 2305843009213693951, '𝄞60', )] = 2.5
if d0:
    print(d0.popitem())
d0[100000000000000000087] = 'x' * 3
d0[1.5] = None
d0[0.5] = 2.5
d0.update([(0.1, 1)], extra=1)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=2.5, k1=1)
d1[frozenset([])] = 1
x = 512887363
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
print(d1.pop(frozenset([2305843009213693951, 2305843009213693951]), 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get(frozenset([36, 100000000000000000065])), frozenset([36, 100000000000000000065]) in d1, len(d1))
d1[frozenset([597923, 2305843009213693952])] = 593
if d1:
    print(d1.popitem())
x = 31052991
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(frozenset([-1, 29271])), frozenset([-1, 29271]) in d1, len(d1))
x = 620339282
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[frozenset([2305843009213693952, -4])] = (3,)
print(d1.get(frozenset([])), frozenset([]) in d1, len(d1))
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=1, k1=(3,), k2=0, k3=[1, 2], k4=-7, k5=(3,), k6=2.5)
d2[-1] = 514
print(d2.get(64), 64 in d2, len(d2))
print(d2.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d2, len(d2))
d2[38] = [1, 2]
if 100000000000000000094 in d2:
    del d2[100000000000000000094]
d2[767324] = 2.5
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if -2 in d2:
    del d2[-2]
d2[100000000000000000094] = 0
d2[2305843009213693951] = 0
d2[104] = 2.5
d2[8] = -7
d2.clear()
d2[18446744073709551623] = (3,)
d2[-2] = 778
if 100000000000000000015 in d2:
    del d2[100000000000000000015]
x = 856969206
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2[29776] = 1
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
