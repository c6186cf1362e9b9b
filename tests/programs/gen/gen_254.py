# generated program 254 (tests/probe/gen_programs.py)
d0 = {}
x = 190921372
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[18446744073709551616] = -7
if -2 in d0:
    del d0[-2]
x = 731417071
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[18446744073709551617] = 2.5
d0[500925] = 1
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
d0[-1267650600228229401496703205376] = 268
d0[2305843009213693951] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
print(d1.pop(2305843009213693952, 'missing'))
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'дом62': 0, 'a76': None, 'fig': -7, '😀': 'x' * 3, '𝄞48': 1, 'kiwi45': (3,), 'ß': 2.5, 'pear': 'x' * 3, '日本93': 780, '33': None, 'a': -7, 'Ünïcödé94': 1, 'naïve': [1, 2], 'ß89': None, '😀91': [1, 2], 'b': [1, 2], 'apple41': (3,), 'pear': 'v', 'ß': (3,), 'ключ': 'x' * 3}
if '日本' in d2:
    del d2['日本']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['дом76'] = 0
d2.update([('17', 1)], extra=-7)
d2['pear42'] = 734
if d2:
    print(d2.popitem())
if 'дом' in d2:
    del d2['дом']
if '𝄞' in d2:
    del d2['𝄞']
x = 951172819
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.setdefault('é33', 2.5))
d2['fig15'] = 'v'
d2['a😀'] = (3,)
print(d2.get('kiwi2'), 'kiwi2' in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.setdefault('z', 451))
x = 269426586
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['pear1'] = 234
print(d2.get('é'), 'é' in d2, len(d2))
d2.update(d0)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
