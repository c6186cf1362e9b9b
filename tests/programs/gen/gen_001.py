# generated program 1 (tests/probe/gen_programs.py)
d0 = {'fig': 'x' * 3, 'ß': 0, 'pear6': 'x' * 3, 'é41': 2.5, '𝄞73': 0, 'kiwi54': (3,), '中文': 1, 'kiwi': 'v', 'é40': None, 'дом': (3,), 'apple': [1, 2], 'a38': (3,), '': (3,), 'fig0': 1, 'kiwi': (3,), '中文': 'v', 'apple68': 1, '55': 893, 'Ünïcödé77': 'x' * 3, 'a😀14': 2.5, 'z44': 'v', 'key16': 270, 'é76': 0, 'apple99': 'v', 'café': -7, 'kiwi44': 0, 'café73': 2.5, 'kiwi91': (3,), 'é98': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': -7, 'ключ95': 1, 'ключ14': 'v', 'key71': 455, 'pear58': 0, '中文79': 0, '47': [1, 2], 'Ünïcödé38': None, 'b': 'x' * 3, 'z90': None, 'b': -7}
x = 104744367
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['apple33'] = [1, 2]
print(d0.get('fig'), 'fig' in d0, len(d0))
print(d0.pop('中文', 'missing'))
d0['ключ11'] = 'x' * 3
d0['a'] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(d1.pop('z76', 'missing'))
print(d1.get(True), True in d1, len(d1))
x = 1049763309
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
d1['дом'] = -7
d1.update([(False, 1)], extra=None)
d1['é81'] = 1
print(d1.pop(0.5, 'missing'))
if 'Ünïcödé37' in d1:
    del d1['Ünïcödé37']
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault(False, 2.5))
print(d1.pop(b'\x7f\x1f\x91\x8b', 'missing'))
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
