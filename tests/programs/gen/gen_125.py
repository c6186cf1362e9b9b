# generated program 125 (tests/probe/gen_programs.py)
d0 = {}
print(d0.get('apple97'), 'apple97' in d0, len(d0))
if d0:
    print(d0.popitem())
x = 940980072
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['ключ32'] = 664
d0['key'] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 445580896
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('apple97', 1))
if '日本25' in d0:
    del d0['日本25']
if d0:
    print(d0.popitem())
print(d0.get('b96'), 'b96' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'a': 1, 'café99': 'v', '': 2.5, 'z92': 'v', 'é': (3,), 'ß31': 'x' * 3, 'z': 2.5, 'a😀': [1, 2], '': 1, 'key4': [1, 2], 'a': None, 'apple': [1, 2], 'é15': [1, 2], 'ß': (3,), '😀81': 1, '😀': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx39': 584, '日本': (3,)}
d1['key70'] = 1
d1.update([('дом', 1)], extra=[1, 2])
d1['a😀'] = [1, 2]
d1['a'] = -7
d1.update([('fig46', 1)], extra=(3,))
d1['中文'] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['key'] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['fig78'] = 0
print(d1.pop('pear88', 'missing'))
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('ß', 1)], extra=170)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=-7, k1=1, k2='x' * 3, k3=None, k4='x' * 3, k5=1, k6=1, k7=(3,), k8=(3,), k9=470, k10=[1, 2])
if d2:
    print(d2.popitem())
d2['fig21'] = (3,)
x = 71453741
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'key62' in d2:
    del d2['key62']
d2.update(d1)
d2.clear()
d2['café72'] = -7
d2['中文'] = 2.5
if 'key' in d2:
    del d2['key']
if d2:
    print(d2.popitem())
d2.update(d0)
print(d2.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx70', 'missing'))
d2.update(d1)
print(d2.pop('naïve', 'missing'))
if '😀' in d2:
    del d2['😀']
d2[''] = 1
if 'fig32' in d2:
    del d2['fig32']
print(d2.pop('b48', 'missing'))
d2.update(d1)
d2.update([('ключ60', 1)], extra=None)
if 'pear0' in d2:
    del d2['pear0']
d2['b73'] = 1
if '中文40' in d2:
    del d2['中文40']
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
