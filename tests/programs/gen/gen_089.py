# generated program 89 (tests/probe/gen_programs.py)
d0 = {'café86': 'x' * 3, 'ключ': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': [1, 2], 'ключ25': [1, 2], 'ß': [1, 2], 'a': 128, 'café52': 'x' * 3, 'a': 1, 'café92': 1, 'kiwi': 'v', 'kiwi88': (3,), 'Ünïcödé': -7, 'дом0': None, 'ß23': 'v', 'é': 2.5, 'ß35': None, 'Ünïcödé99': 'v', 'key29': None, 'Ünïcödé': 'x' * 3, 'fig47': -7, 'naïve44': None, 'ключ': 1, 'apple': [1, 2], 'Ünïcödé5': [1, 2], 'fig42': 0, '😀': 458, '𝄞': 2.5, 'apple': 526, '中文26': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx10': 0, '': 567, 'a😀24': 2.5, 'key': 'x' * 3, 'a51': 776, 'pear94': 'x' * 3, 'z72': [1, 2], 'a😀63': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx32': 1, 'kiwi14': -7, 'apple87': (3,)}
d0['kiwi'] = [1, 2]
if 'key' in d0:
    del d0['key']
d0['key18'] = 1
d0['a😀'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['apple2', -0.0, 'café58', False, -0.0, 'a77', -0.0, 'ß', False, 3.141592653589793, 1.5, 1e+300, 0.5, False, 1e-300])}
d1[1e+300] = -7
d1[6.125] = -7
if 'café1' in d1:
    del d1['café1']
d1.clear()
print(d1.pop('中文70', 'missing'))
d1['ß'] = 'x' * 3
if 'ключ41' in d1:
    del d1['ключ41']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate(['中文37', 'pear'])}
d2['Ünïcödé'] = [1, 2]
if d2:
    print(d2.popitem())
d2['𝄞54'] = 2.5
x = 593703097
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'kiwi20' in d2:
    del d2['kiwi20']
print(d2.setdefault('fig', 0))
d2['a12'] = 'x' * 3
d2.update([('ключ', 1)], extra='x' * 3)
print(d2.pop('fig', 'missing'))
d2['𝄞'] = -7
x = 378956728
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['kiwi77'] = (3,)
if d2:
    print(d2.popitem())
d2['ß'] = 'v'
print(d2.get('中文'), '中文' in d2, len(d2))
x = 887998458
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['naïve'] = (3,)
d2['café50'] = 'v'
d2.update(d0)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
