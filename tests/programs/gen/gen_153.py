# generated program 153 (tests/probe/gen_programs.py)
d0 = {'é87': -7, '😀47': [1, 2], 'café': (3,), '𝄞': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'x' * 3, '': None, 'дом60': -7, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx12': 545, 'дом': 'v', '': (3,), 'pear3': 860, 'a😀': None, 'naïve14': -7, 'café74': 0, '中文': (3,)}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['日本39'] = 2.5
d0['key'] = 'v'
d0['naïve2'] = 318
d0.update([('中文', 1)], extra='v')
d0['ключ90'] = [1, 2]
if 'Ünïcödé49' in d0:
    del d0['Ünïcödé49']
x = 1050035743
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0['a32'] = [1, 2]
x = 840128407
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('Ünïcödé18', 1)], extra='v')
if 'ключ' in d0:
    del d0['ключ']
d0['62'] = (3,)
if d0:
    print(d0.popitem())
print(d0.pop('ключ', 'missing'))
if '中文' in d0:
    del d0['中文']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=None, k1=[1, 2], k2='x' * 3, k3=2.5, k4=-7, k5=[1, 2], k6='x' * 3, k7=None, k8=-7, k9=-7, k10=2.5, k11=-7)
if True in d1:
    del d1[True]
print(d1.get(True), True in d1, len(d1))
if d1:
    print(d1.popitem())
d1[True] = 'v'
d1[1.5] = 0
d1.update(d0)
d1[(508655, -1, )] = (3,)
d1[-2.25] = 0
if ('key', ) in d1:
    del d1[('key', )]
x = 222457827
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if frozenset([]) in d1:
    del d1[frozenset([])]
d1[(100000000000000000087, )] = None
d1[0.1] = 270
d1[True] = None
x = 533568503
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 472179798
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
