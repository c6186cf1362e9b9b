# generated program 219 (tests/probe/gen_programs.py)
d0 = dict([('kiwi', None), ('中文70', [1, 2]), ('kiwi35', (3,)), ('apple12', 'x' * 3), ('𝄞91', 0)])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 459049636
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('99', 'missing'))
print(d0.setdefault('fig77', 1))
if d0:
    print(d0.popitem())
x = 100410132
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['apple'] = 'x' * 3
d0['fig'] = 'x' * 3
d0['apple'] = 773
if '' in d0:
    del d0['']
d0['é'] = 2.5
d0['b95'] = 285
d0['中文36'] = [1, 2]
print(d0.setdefault('a', 1))
if 'key36' in d0:
    del d0['key36']
d0['apple76'] = 2.5
print(d0.get('key'), 'key' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if ('ключ67', -2, ) in d1:
    del d1[('ключ67', -2, )]
d1[('😀', 'ß52', )] = 'v'
d1[(100000000000000000044, 'é81', '😀', )] = 696
d1[()] = 1
x = 953055467
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[1.1805916207174113e+21] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(d0)
if 'é60' in d2:
    del d2['é60']
if '中文0' in d2:
    del d2['中文0']
d2['key'] = [1, 2]
if 'key9' in d2:
    del d2['key9']
d2['b'] = [1, 2]
d2.clear()
d2.update(d0)
d2['中文'] = 1
x = 454835183
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'café' in d2:
    del d2['café']
d2[''] = None
if 'ключ' in d2:
    del d2['ключ']
d2['ключ'] = 'x' * 3
d2['ß60'] = 644
if d2:
    print(d2.popitem())
print(d2.setdefault('naïve82', 829))
if '中文53' in d2:
    del d2['中文53']
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
