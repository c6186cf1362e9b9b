# generated program 224 (tests/probe/gen_programs.py)
d0 = {}
if 'café90' in d0:
    del d0['café90']
d0['b'] = (3,)
d0['é'] = 1
d0['44'] = 2.5
d0.update([('pear', 1)], extra=(3,))
d0['café93'] = 2.5
print(d0.setdefault('kiwi', 'x' * 3))
if 'apple' in d0:
    del d0['apple']
if 'Ünïcödé' in d0:
    del d0['Ünïcödé']
d0.update([('日本', 1)], extra=0)
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx70' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx70']
d0['z98'] = 'x' * 3
x = 848996834
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', (3,)))
d0['kiwi86'] = 649
d0['key68'] = 'v'
d0['pear'] = -7
d0.update([('ключ80', 1)], extra='v')
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([])}
d1[-2] = 'v'
d1[-35] = [1, 2]
d1[-1] = [1, 2]
if 5 in d1:
    del d1[5]
d1[-2] = (3,)
print(d1.pop(-1, 'missing'))
d1.clear()
d1[18446744073709551624] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {48: 1, 242720: 898, 93425: 'v', -1267650600228229401496703205376: [1, 2], -1: 'v', 18446744073709551619: [1, 2], 100000000000000000070: 0, 2305843009213693951: 872, 53: None, -39: -7}
print(d2.setdefault(442683, 2.5))
d2[2305843009213693952] = -7
d2[-2] = 1
d2.update(d0)
if 48 in d2:
    del d2[48]
print(d2.pop(100000000000000000083, 'missing'))
x = 1057415033
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
