# generated program 232 (tests/probe/gen_programs.py)
d0 = {'😀': 0, 'café': 'x' * 3, 'ключ16': 'x' * 3, 'Ünïcödé21': (3,), 'kiwi55': (3,), 'é83': 0}
d0['a74'] = 1
d0['Ünïcödé'] = [1, 2]
if 'Ünïcödé' in d0:
    del d0['Ünïcödé']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(1e+300, 800), (frozenset([100000000000000000037, 2305843009213693951]), 0), (1e-300, 'x' * 3), (('Ünïcödé', ), 'v'), (1e+300, -7)])
if frozenset([765257]) in d1:
    del d1[frozenset([765257])]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 1001285364
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 824339887
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 202321706
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop((), 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 1.1805916207174113e+21 in d1:
    del d1[1.1805916207174113e+21]
d1[-0.0] = 'x' * 3
d1.update([(3.141592653589793, 1)], extra=(3,))
x = 921275485
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault(frozenset([2305843009213693951, -1267650600228229401496703205376]), [1, 2]))
d1[(56, '😀', )] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([(('fig', ), 1)], extra=569)
print(d1.get(frozenset([30, -1])), frozenset([30, -1]) in d1, len(d1))
d1[3.141592653589793] = 344
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'75': 2.5, '': [1, 2], 'a😀': 'x' * 3, 'a13': 'v', '😀': 2.5, 'a': 0, 'apple': 'x' * 3, '日本83': 2.5, '中文81': None, 'naïve98': [1, 2], 'b7': 'v', '中文56': 'x' * 3, 'café': -7, '𝄞': 256, 'fig34': 'v', 'é10': None}
if 'key' in d2:
    del d2['key']
d2.update(d0)
print(d2.pop('café96', 'missing'))
print(d2.pop('ß', 'missing'))
d2['pear67'] = 2.5
d2['ß29'] = None
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
