# generated program 222 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([-1, 2305843009213693952, 2305843009213693952, 15, -1267650600228229401496703205376, (), ('𝄞', 18446744073709551621, 2305843009213693951, ), True, 3.141592653589793, ()])}
if 3.141592653589793 in d0:
    del d0[3.141592653589793]
if d0:
    print(d0.popitem())
print(d0.setdefault(2305843009213693952, None))
x = 758926559
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[False] = 'v'
d0[1e-300] = 309
d0[-2] = 662
if () in d0:
    del d0[()]
d0.update([(True, 1)], extra=None)
if d0:
    print(d0.popitem())
d0[False] = 2.5
d0[(18446744073709551623, -1267650600228229401496703205376, )] = 1
if d0:
    print(d0.popitem())
d0[1.1805916207174113e+21] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[3.141592653589793] = [1, 2]
print(d0.pop(True, 'missing'))
d0.update([(0.1, 1)], extra='x' * 3)
d0.update([(True, 1)], extra=(3,))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 1033619529
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[False] = 740
print(d0.get((100000000000000000022, 533138, 'ключ', )), (100000000000000000022, 533138, 'ключ', ) in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys((2305843009213693952, ('', 'naïve88', ), -22, ('a😀', ), 2305843009213693952, (-1267650600228229401496703205376, 141675, 'ключ', ), (72, 'café66', 2305843009213693951, ), 65534, 46, ('key', 'kiwi', 11376, ), 18446744073709551622, 2305843009213693951, (), 16, 2305843009213693952, (2305843009213693952, 'pear70', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx5', ), 32))
d1[('pear', )] = 'v'
x = 870345492
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
d1.update(d0)
d1[12047] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[2305843009213693952] = 'x' * 3
d1[64] = (3,)
d1[()] = 2.5
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({b'p\xa1\x8a', b'\x9cx', b'[', 56, b'\xc1\x93', (), b'd\x92', (58, 145288, 'café43', ), frozenset([24, 668179]), b'', b'\x12\x98D2', 18446744073709551617, b'\xe5\xcf\xba', 59, 18446744073709551624, frozenset([2305843009213693951, 2305843009213693952, 2305843009213693952])})
d2.update(d1)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[frozenset([100000000000000000056])] = 0
d2[17] = -7
d2.update([(frozenset([-2, -2]), 1)], extra='x' * 3)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 1000866565
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop((61, ), 'missing'))
d2.update([(('a😀16', 18446744073709551622, -2, ), 1)], extra=(3,))
d2[b'\x14'] = 'v'
if d2:
    print(d2.popitem())
if frozenset([2305843009213693951, 30]) in d2:
    del d2[frozenset([2305843009213693951, 30])]
d2.update([(frozenset([]), 1)], extra='x' * 3)
x = 531715183
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.clear()
d2.clear()
d2[frozenset([])] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[('a', '中文', 'b2', )] = -7
d2.update(d0)
d2[-2] = 2.5
d2.update(d1)
d2[-13] = None
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
