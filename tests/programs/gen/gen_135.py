# generated program 135 (tests/probe/gen_programs.py)
d0 = {'key67': 895, 'ключ': 0, 'ключ': 'x' * 3, 'é40': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'x' * 3, '71': None, 'ключ': 'x' * 3, '日本18': None, 'дом78': [1, 2], 'a': 0, 'kiwi89': -7, '😀21': 0, 'ключ49': 1, '𝄞12': -7, '𝄞': [1, 2], '𝄞': 1, 'kiwi9': -7, '': 'x' * 3, '': None, '日本': 0, '中文38': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'ß': [1, 2], 'é': None, 'b': 'v', 'дом': 1, 'naïve50': 0, 'apple': (3,), 'a': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'ключ': 'x' * 3, 'Ünïcödé1': [1, 2], '中文7': 1, 'kiwi': 23, 'ключ80': [1, 2], 'pear': 'x' * 3, '53': None, '𝄞': -7, '中文92': 0, 'pear65': 263}
print(d0.get('𝄞'), '𝄞' in d0, len(d0))
print(d0.get('key17'), 'key17' in d0, len(d0))
x = 289389880
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['Ünïcödé'] = None
d0['key'] = None
d0[''] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 844070047
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['😀'] = -7
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
d0['中文'] = None
d0.clear()
d0.update([('a😀1', 1)], extra=0)
if 'дом' in d0:
    del d0['дом']
d0['é'] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
