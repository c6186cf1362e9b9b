# generated program 236 (tests/probe/gen_programs.py)
d0 = {}
d0[2305843009213693951] = [1, 2]
d0.update([(('b69', 536547, ), 1)], extra='x' * 3)
print(d0.setdefault(-20, 'x' * 3))
print(d0.pop(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 2305843009213693951, ), 'missing'))
print(d0.setdefault(168843, 503))
print(d0.get(100000000000000000093), 100000000000000000093 in d0, len(d0))
print(d0.setdefault(('kiwi', ), 'x' * 3))
x = 601129825
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(18446744073709551619), 18446744073709551619 in d0, len(d0))
x = 1018045496
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
x = 521990451
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[()] = -7
if ('Ünïcödé', -1267650600228229401496703205376, ) in d0:
    del d0[('Ünïcödé', -1267650600228229401496703205376, )]
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
d0.update([(963866, 1)], extra=0)
d0[(-48, 'pear', )] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {1.5: 1, True: 'x' * 3}
if d1:
    print(d1.popitem())
d1[2305843009213693952] = 2.5
x = 313481845
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
if False in d1:
    del d1[False]
d1[False] = None
x = 828711514
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(9350), 9350 in d1, len(d1))
d1.clear()
print(d1.get(False), False in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
d1[18446744073709551624] = 1
d1[True] = 844
d1[False] = 603
print(d1.get(48), 48 in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 0.5 in d1:
    del d1[0.5]
d1[False] = 2.5
d1[True] = 2.5
d1[4.0] = 'v'
d1[18446744073709551622] = 2.5
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2[2305843009213693951] = 750
if 12 in d2:
    del d2[12]
d2[-31] = -7
print(d2.get(-2), -2 in d2, len(d2))
d2.update([(100000000000000000071, 1)], extra=(3,))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
