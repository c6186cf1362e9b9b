# generated program 265 (tests/probe/gen_programs.py)
d0 = {'中文': 1, 'kiwi': 0, 'ключ': 0, 'kiwi65': 0, 'pear25': -7, '😀': 'x' * 3, 'key38': 1, 'pear': 0, 'ключ': 'x' * 3, 'key': 2.5, 'a😀': 1, 'naïve26': 1, 'Ünïcödé': [1, 2], 'ß31': 0, 'дом91': 2.5}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('pear25', 1)], extra=-7)
if d0:
    print(d0.popitem())
x = 889357540
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if '58' in d0:
    del d0['58']
if 'fig' in d0:
    del d0['fig']
print(d0.get('42'), '42' in d0, len(d0))
if 'é' in d0:
    del d0['é']
d0.clear()
d0['key'] = 0
x = 337059503
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'café0' in d0:
    del d0['café0']
print(d0.setdefault('café71', [1, 2]))
if 'key36' in d0:
    del d0['key36']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('𝄞42'), '𝄞42' in d0, len(d0))
print(d0.pop('ключ', 'missing'))
d0['key'] = None
d0['key56'] = 'x' * 3
if d0:
    print(d0.popitem())
d0['ключ'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['key'] = -7
print(d1.setdefault('café', 0))
if d1:
    print(d1.popitem())
d1['z48'] = 1
if 'z46' in d1:
    del d1['z46']
if 'café57' in d1:
    del d1['café57']
print(d1.pop('😀', 'missing'))
x = 627111081
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get('café'), 'café' in d1, len(d1))
if 'key' in d1:
    del d1['key']
if d1:
    print(d1.popitem())
if 'ключ76' in d1:
    del d1['ключ76']
if d1:
    print(d1.popitem())
if 'apple76' in d1:
    del d1['apple76']
x = 283112232
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=1, k1=0, k2=1, k3='v', k4=-7, k5=-7, k6=[1, 2], k7=None, k8='v', k9=908, k10='v', k11=1)
print(d2.pop(2305843009213693951, 'missing'))
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2.update(d0)
if 72 in d2:
    del d2[72]
if d2:
    print(d2.popitem())
d2[18446744073709551618] = 2.5
print(d2.get(2305843009213693951), 2305843009213693951 in d2, len(d2))
d2.update(d0)
d2[836656] = (3,)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
