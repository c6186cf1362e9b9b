# generated program 79 (tests/probe/gen_programs.py)
d0 = {'😀25': 2.5, 'дом': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx96': None, '': 2.5, 'дом29': 2.5, 'a😀': 'v', 'дом': 'x' * 3, 'key60': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': (3,), 'a😀78': 'x' * 3, 'café': 2.5, 'naïve86': 487, 'café47': [1, 2], '😀53': [1, 2], 'naïve4': 1, 'b94': 'v', 'key99': 'v', '中文': 'v', 'a68': (3,), 'ß': 'x' * 3}
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx10'] = -7
d0['a😀'] = (3,)
if 'Ünïcödé' in d0:
    del d0['Ünïcödé']
d0.update([('a', 1)], extra=(3,))
d0.update([('ключ', 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'𝄞91': 'x' * 3, 'Ünïcödé12': -7, '😀9': (3,), 'key72': 'x' * 3, 'key20': 'x' * 3}
d1['𝄞34'] = 2.5
if 'café56' in d1:
    del d1['café56']
d1[''] = 'x' * 3
d1['a70'] = -7
d1['café42'] = 'v'
if 'apple48' in d1:
    del d1['apple48']
x = 130091470
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 64688181
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update([('𝄞99', 1)], extra=0)
x = 469491503
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a52'] = 1
if 'kiwi7' in d1:
    del d1['kiwi7']
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['😀97'] = [1, 2]
print(d1.get('ключ'), 'ключ' in d1, len(d1))
if 'é' in d1:
    del d1['é']
if 'apple10' in d1:
    del d1['apple10']
print(d1.setdefault('pear43', 0))
print(d1.setdefault('apple', None))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'ß': 2.5, 'дом': 1, 'a😀': -7, 'café': [1, 2], '中文88': [1, 2], 'ключ60': 1, 'Ünïcödé15': 'x' * 3, 'fig': -7, 'key': 'v', 'key36': 'x' * 3, 'a38': 'x' * 3, 'ключ': 20, 'fig': [1, 2], 'café0': [1, 2], 'b': (3,), '日本35': -7, 'a😀': 0, 'a😀84': [1, 2], 'b': (3,), 'ß40': [1, 2], 'kiwi': [1, 2], 'fig57': 2.5, 'é6': 'v', '😀85': None, 'é81': None, 'a😀57': [1, 2], 'fig24': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 0, 'ß87': 470, 'Ünïcödé23': 'x' * 3, 'apple62': [1, 2], 'a': (3,), 'naïve51': 'v', 'key33': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None, 'b': [1, 2], 'ключ9': 2.5, 'é': 122, 'Ünïcödé65': 0, '日本68': 'v'}
if '中文' in d2:
    del d2['中文']
print(d2.setdefault('kiwi', 186))
d2['café79'] = 1
d2['z'] = 'v'
if d2:
    print(d2.popitem())
d2['𝄞27'] = 2.5
d2['中文99'] = (3,)
d2['naïve'] = None
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['дом'] = None
print(d2.pop('Ünïcödé7', 'missing'))
d2['café'] = 297
if 'ключ' in d2:
    del d2['ключ']
print(d2.setdefault('b', 'v'))
if 'z' in d2:
    del d2['z']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'ß' in d2:
    del d2['ß']
d2['дом'] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
