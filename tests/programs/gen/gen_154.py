# generated program 154 (tests/probe/gen_programs.py)
d0 = {}
d0[746686] = None
d0[18446744073709551624] = -7
d0[-2] = 'v'
d0[18446744073709551624] = None
x = 968840929
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {7637: 57, 266863: 1, -1267650600228229401496703205376: -7, -2: (3,), -1: [1, 2], 80: -7, 2305843009213693951: 'v', 21: 'v', 2305843009213693952: 49, 88: 'v', 100000000000000000087: [1, 2], 583900: 0, 935254: 2.5, 13: [1, 2], -1267650600228229401496703205376: 2.5, -2: 79, 529125: (3,), 100000000000000000079: 'v'}
d1.update(d0)
d1[492052] = 'x' * 3
d1.update([(2305843009213693952, 1)], extra=2.5)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({0})
x = 39747170
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 130467063
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d0)
d2['ключ85'] = 1
x = 379383153
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 742923392
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'a😀' in d2:
    del d2['a😀']
d2['ключ22'] = 2.5
print(d2.pop('é25', 'missing'))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'fig' in d2:
    del d2['fig']
d2['日本51'] = (3,)
x = 562363034
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 13672577
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.clear()
if d2:
    print(d2.popitem())
if 'café73' in d2:
    del d2['café73']
if d2:
    print(d2.popitem())
x = 725594778
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d0)
print(d2.get('apple'), 'apple' in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
