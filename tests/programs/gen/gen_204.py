# generated program 204 (tests/probe/gen_programs.py)
d0 = {'café': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx61': None, 'Ünïcödé95': 'x' * 3, 'z93': 'x' * 3, 'naïve': (3,), 'apple37': None}
if 'a' in d0:
    del d0['a']
d0.update([('😀', 1)], extra=237)
print(d0.setdefault('apple', 2.5))
d0['é11'] = 'x' * 3
print(d0.setdefault('kiwi13', 870))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['中文'] = 'v'
d0['дом'] = (3,)
d0['pear'] = 'x' * 3
print(d0.get('ключ'), 'ключ' in d0, len(d0))
d0.update([('ключ62', 1)], extra=2.5)
d0['Ünïcödé22'] = 'x' * 3
d0['naïve'] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
d1[729361] = (3,)
d1[2305843009213693951] = -7
d1[545840] = 0
if 883549 in d1:
    del d1[883549]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
if 18446744073709551617 in d1:
    del d1[18446744073709551617]
x = 13464883
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[14] = [1, 2]
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
if -2 in d1:
    del d1[-2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {100000000000000000073: -7, -2: None, 2305843009213693951: 'x' * 3, 287347: 1, 44: 2.5, -1267650600228229401496703205376: None}
d2[0] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[-18] = 'v'
d2[-1] = 'v'
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 36 in d2:
    del d2[36]
d2[921140] = 2.5
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
