# generated program 235 (tests/probe/gen_programs.py)
d0 = {-1: (3,), 523605: 601, -1: 'x' * 3, 2305843009213693951: [1, 2], 2305843009213693952: (3,), 9: 'v', 2305843009213693951: 'v', -1267650600228229401496703205376: 521, 18446744073709551616: None, -1267650600228229401496703205376: 607, 40: 1, 40: 0, 992507: 2.5, 62: [1, 2], 2305843009213693951: (3,), 88: 1, 100000000000000000017: 2.5, 22: 'x' * 3}
if d0:
    print(d0.popitem())
d0[2305843009213693952] = (3,)
x = 64700297
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1] = -7
x = 86523888
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(2305843009213693952, 1)], extra=1)
x = 942199120
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[677189] = -7
x = 242110336
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 650094129
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 446998558
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693951] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -2 in d0:
    del d0[-2]
x = 797705877
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[18446744073709551622] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys({'é97': 1, '中文': 1, 'é': 1, 'pear18': 1, '99': 1, '中文5': 1, 'ключ': 1, 'a12': 1, 'naïve28': 1, 'a61': 1, 'apple25': 1, '中文': 1, 'apple': 1, '中文': 1, 'kiwi64': 1, 'é': 1}, 'v')
x = 239620822
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if '中文' in d1:
    del d1['中文']
d1['key'] = 'x' * 3
d1['ключ16'] = -7
d1['kiwi2'] = -7
d1['café'] = (3,)
d1['café0'] = 0
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['apple52'] = 'x' * 3
if d1:
    print(d1.popitem())
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx48'] = 'v'
d1['a'] = -7
d1.update([('kiwi40', 1)], extra=0)
d1['中文15'] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {**d0}
d2['日本18'] = 'x' * 3
d2['дом99'] = 'x' * 3
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['a😀'] = [1, 2]
if 'café' in d2:
    del d2['café']
print(d2.pop('ß', 'missing'))
d2['日本37'] = 2.5
if 'é' in d2:
    del d2['é']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'a' in d2:
    del d2['a']
d2['apple'] = 0
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
