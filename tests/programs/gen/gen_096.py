# generated program 96 (tests/probe/gen_programs.py)
d0 = dict(k0='x' * 3, k1=143, k2='v', k3=925, k4=[1, 2], k5=[1, 2], k6=0, k7='v', k8=1, k9='v', k10='x' * 3, k11='v')
if d0:
    print(d0.popitem())
d0['fig15'] = 'x' * 3
d0['key'] = (3,)
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 2.5
print(d0.pop('Ünïcödé', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['apple'] = [1, 2]
print(d0.get('key79'), 'key79' in d0, len(d0))
d0.update([('', 1)], extra=757)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[2305843009213693951] = 'v'
x = 243697082
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[830043] = 1
d1.update(d0)
if -2 in d1:
    del d1[-2]
x = 938176562
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
x = 372686886
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[2305843009213693951] = 1
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
d1[72] = [1, 2]
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {**d0}
d2.update(d0)
d2['é'] = (3,)
print(d2.pop('中文', 'missing'))
d2[''] = 'v'
print(d2.pop('ß67', 'missing'))
print(d2.setdefault('kiwi', 'x' * 3))
d2[''] = 189
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = -7
d2['a😀'] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['68'] = -7
d2['ß'] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
