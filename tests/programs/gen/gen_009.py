# generated program 9 (tests/probe/gen_programs.py)
d0 = {}
d0['😀19'] = (3,)
if '𝄞' in d0:
    del d0['𝄞']
if 'key84' in d0:
    del d0['key84']
if '日本' in d0:
    del d0['日本']
d0.update([('naïve', 1)], extra=None)
if 'ß' in d0:
    del d0['ß']
d0['𝄞'] = (3,)
if 'ß' in d0:
    del d0['ß']
print(d0.setdefault('日本', None))
d0.update([('33', 1)], extra=92)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('Ünïcödé', 1)], extra=805)
x = 16401103
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'fig' in d0:
    del d0['fig']
d0['дом'] = (3,)
d0.update([('дом12', 1)], extra=[1, 2])
d0['café'] = 'x' * 3
d0['дом1'] = -7
d0.update([('a88', 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
if d1:
    print(d1.popitem())
d1['😀'] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get('b'), 'b' in d1, len(d1))
d1['a36'] = None
d1['😀'] = 2.5
if 'é' in d1:
    del d1['é']
x = 393298285
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('中文', -7))
d1['key'] = 2.5
if 'b50' in d1:
    del d1['b50']
d1.clear()
if 'дом14' in d1:
    del d1['дом14']
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx14' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx14']
print(d1.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx76'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx76' in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({'ключ': 1, '日本57': 1, 'ß93': 1, 'apple87': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx98': 1, 'é': 1, '𝄞': 1, '日本11': 1, 'a61': 1, '😀': 1, 'café24': 1, 'fig': 1, 'z43': 1, 'key62': 1, 'naïve75': 1, 'z': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'дом55': 1, 'naïve32': 1, 'b': 1, '𝄞96': 1, '中文': 1, 'a': 1, '中文': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'z': 1, '38': 1, 'b36': 1, 'ß53': 1, 'b48': 1, 'apple': 1, 'kiwi': 1, 'ключ37': 1, 'apple': 1, 'ключ22': 1, 'café47': 1, 'apple83': 1, '𝄞9': 1, '日本': 1, '😀67': 1}, 'v')
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx91'] = 521
d2['日本'] = 1
x = 833443494
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['中文'] = [1, 2]
d2['pear'] = 'v'
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 1013155310
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'z' in d2:
    del d2['z']
print(d2.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d2, len(d2))
x = 1032977220
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['pear8'] = 706
d2['fig'] = 'v'
x = 810678168
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['fig'] = (3,)
d2['75'] = 1
print(d2.pop('z29', 'missing'))
print(d2.pop('中文58', 'missing'))
if 'fig26' in d2:
    del d2['fig26']
if d2:
    print(d2.popitem())
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['中文'] = None
x = 223966183
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
