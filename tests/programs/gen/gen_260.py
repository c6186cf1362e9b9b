# generated program 260 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([-1267650600228229401496703205376, 2305843009213693951, -34, 2305843009213693952, 18446744073709551620])}
d0[-4] = 738
if 319745 in d0:
    del d0[319745]
if d0:
    print(d0.popitem())
x = 925584604
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[626761] = [1, 2]
d0[-1267650600228229401496703205376] = -7
if 18446744073709551620 in d0:
    del d0[18446744073709551620]
if 18446744073709551616 in d0:
    del d0[18446744073709551616]
d0[-2] = [1, 2]
d0[100000000000000000024] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 171859159
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[423653] = -7
print(d0.setdefault(2305843009213693952, 'x' * 3))
d0[80] = -7
x = 923339922
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1267650600228229401496703205376] = -7
d0.update([(-1, 1)], extra=-7)
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
if d0:
    print(d0.popitem())
d0[42] = -7
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'ключ29': 'v', 'ß': 688, 'ключ': 0, 'ключ': 2.5, 'дом98': 'x' * 3, 'key': -7, '😀99': 'v', 'ключ': (3,), 'kiwi35': 'x' * 3, 'b52': (3,), '日本81': 299, 'ключ': 1, 'ключ16': 'x' * 3, '74': 2.5, 'ключ26': 'v', '𝄞35': 1, 'key': 2.5, 'b': (3,), 'ключ': -7, 'Ünïcödé57': [1, 2], 'Ünïcödé86': 'v', '日本55': 'v', '日本52': (3,), 'key12': [1, 2], 'é': 928, 'z46': 'v', 'fig': 0, 'pear': 'x' * 3, '74': None, 'ключ47': [1, 2], 'ключ': 985, 'дом': 737, 'kiwi': None, '日本': [1, 2]}
d1['b94'] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['ß'] = 'v'
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx71'] = [1, 2]
d1['naïve69'] = 474
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1.update([('日本', 1)], extra='v')
print(d1.get('z99'), 'z99' in d1, len(d1))
x = 782757839
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'apple85': 'x' * 3, '39': 1, 'z': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1': 176, 'é': (3,), 'pear15': (3,), 'a': -7, '': None, 'naïve18': 'x' * 3, 'ß': 966, 'key44': 1, 'naïve16': 'x' * 3, 'key17': -7, 'дом': [1, 2], 'ß': [1, 2], '𝄞': -7, 'pear79': 446}
x = 672000703
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
x = 583577284
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'a😀' in d2:
    del d2['a😀']
d2['中文'] = 'v'
d2['ß85'] = 2.5
d2.update([('', 1)], extra=1)
if d2:
    print(d2.popitem())
if d2:
    print(d2.popitem())
d2.update(d0)
print(d2.get('𝄞92'), '𝄞92' in d2, len(d2))
x = 994394897
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'a83' in d2:
    del d2['a83']
if 'ß38' in d2:
    del d2['ß38']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'b' in d2:
    del d2['b']
d2['é68'] = None
x = 281070166
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['中文98'] = -7
if 'b93' in d2:
    del d2['b93']
if '😀' in d2:
    del d2['😀']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
