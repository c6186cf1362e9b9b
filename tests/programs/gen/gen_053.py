# generated program 53 (tests/probe/gen_programs.py)
d0 = dict([(-1, 'x' * 3), (7, 1), (190236, 840), (2305843009213693951, 2.5), (100000000000000000030, 927), (100000000000000000068, -7), (13, [1, 2]), (104, -7), (18446744073709551617, 2.5), (100000000000000000056, 2.5), (-48, [1, 2]), (2305843009213693952, 726), (-1, 515), (100000000000000000027, None), (-2, [1, 2]), (2305843009213693952, 'v'), (18446744073709551620, 699), (104, (3,)), (18446744073709551620, 'x' * 3), (2305843009213693951, 1), (-1, 'v')])
d0[-1] = [1, 2]
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 233777003
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 56 in d0:
    del d0[56]
d0[566235] = 1
print(d0.pop(38, 'missing'))
d0[-1267650600228229401496703205376] = [1, 2]
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[48] = None
print(d0.setdefault(39, 0))
x = 917861564
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
x = 305676522
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('日本', -7))
x = 134464116
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('中文58', 1)], extra=0)
if 'z99' in d1:
    del d1['z99']
if 'z96' in d1:
    del d1['z96']
d1.clear()
d1['café'] = 2.5
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
x = 12935368
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['é13'] = None
print(d2.pop('z', 'missing'))
print(d2.pop('', 'missing'))
d2.clear()
d2['kiwi98'] = 'x' * 3
if 'a😀79' in d2:
    del d2['a😀79']
d2['pear'] = -7
d2['a41'] = 1
d2.update(d1)
x = 679647219
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d0)
if 'Ünïcödé' in d2:
    del d2['Ünïcödé']
print(d2.pop('naïve56', 'missing'))
d2['café'] = -7
d2['ß55'] = None
d2['b76'] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
