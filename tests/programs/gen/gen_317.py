# generated program 317 (tests/probe/gen_programs.py)
d0 = {}
d0['fig'] = 1
d0.clear()
d0['kiwi36'] = [1, 2]
print(d0.get('key'), 'key' in d0, len(d0))
if d0:
    print(d0.popitem())
print(d0.get('fig'), 'fig' in d0, len(d0))
if 'naïve47' in d0:
    del d0['naïve47']
d0['ß'] = 30
d0['日本76'] = 'x' * 3
if '😀31' in d0:
    del d0['😀31']
if '日本56' in d0:
    del d0['日本56']
print(d0.pop('😀99', 'missing'))
d0['b'] = 1
print(d0.setdefault('é40', [1, 2]))
print(d0.pop('21', 'missing'))
d0.clear()
d0['a😀98'] = None
d0.update([('ß', 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'key16': 'v', 'a': (3,), 'key': None, 'key31': 2.5, 'a😀63': (3,), 'naïve': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'apple': -7, 'ключ': 'x' * 3, 'ключ': 2.5, '😀': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx65': 1, 'é': (3,), '😀19': 1, '𝄞24': 'v', 'naïve': -7, 'b': 937, 'дом': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'v', 'kiwi24': 'v', 'naïve81': 891, 'fig70': [1, 2], '': 'v', '日本74': 1, '𝄞': [1, 2], 'a😀': 'x' * 3, 'ключ10': 'x' * 3, 'ß54': 2.5, 'ключ': 0, '日本69': 56, 'z21': [1, 2], 'z80': 1, 'naïve': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': -7}
if d1:
    print(d1.popitem())
x = 685724177
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.pop('中文', 'missing'))
d1['😀'] = 1
d1['fig20'] = -7
d1.update([('z66', 1)], extra=2.5)
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['a😀'] = 'x' * 3
d1['fig62'] = 2.5
x = 385171758
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['é'] = [1, 2]
d1['a11'] = 0
d1['дом'] = 2.5
x = 250681572
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
x = 282349381
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a😀19'] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict([('kiwi', None), ('fig83', -7), ('ключ97', -7), ('ß72', 2.5), ('pear', 0), ('Ünïcödé', (3,)), ('pear47', 636), ('日本', 755), ('é32', 1), ('дом', 0), ('ключ', 2.5)])
d2['ß'] = 'v'
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['𝄞75'] = [1, 2]
d2['𝄞'] = 0
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'fig' in d2:
    del d2['fig']
x = 973400928
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d0)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
