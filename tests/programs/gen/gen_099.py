# generated program 99 (tests/probe/gen_programs.py)
d0 = {}
if 'z' in d0:
    del d0['z']
x = 235380134
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'fig62' in d0:
    del d0['fig62']
if 'key' in d0:
    del d0['key']
d0.update([('日本', 1)], extra=698)
d0.update([('b30', 1)], extra=(3,))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {('key49', ): None, ('é20', 'Ünïcödé', ): [1, 2], ('a', 'a😀74', ): -7, (100000000000000000001, 'b43', -1, ): 2.5, (-1267650600228229401496703205376, ): 1, 2305843009213693951: 'x' * 3, 8: 744, 2305843009213693952: 1, 2305843009213693951: (3,), 100000000000000000055: 'x' * 3, -19: 969, (-1, ): 2.5, (-2, ): (3,), 816652: -7, 22: 211, 2305843009213693951: (3,), 55: 'x' * 3, 467690: [1, 2], (): 'x' * 3, (): None}
print(d1.get(('kiwi', 'z31', )), ('kiwi', 'z31', ) in d1, len(d1))
d1[2305843009213693952] = 140
if (2305843009213693951, 'key23', 'z90', ) in d1:
    del d1[(2305843009213693951, 'key23', 'z90', )]
d1[2305843009213693951] = 1
if 18446744073709551622 in d1:
    del d1[18446744073709551622]
if -7 in d1:
    del d1[-7]
print(d1.pop(-37, 'missing'))
d1.update(d0)
print(d1.setdefault((-2, -1, 'ключ', ), None))
x = 740874262
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[(-1, '中文', -2, )] = (3,)
print(d1.pop(('a😀72', 'key', -2, ), 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'61': -7, 'key68': [1, 2], '😀': None, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx13': 0, 'ß70': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx9': 1, '𝄞66': 1, 'key58': 'x' * 3, 'naïve54': None, 'fig': 1, 'z': None, 'Ünïcödé38': 1, '😀28': 592, 'kiwi': 'v', 'дом70': 365, 'a47': 'x' * 3, 'fig': 'v', 'b88': None, 'é16': (3,), 'naïve42': (3,), 'kiwi': None, 'apple53': None, 'b56': 1, '𝄞': 0, '中文5': 1, 'é62': 1, 'a': 'x' * 3, 'é': [1, 2], 'kiwi95': 0, 'key': 1, 'Ünïcödé': None, 'дом': [1, 2], '87': 'v'}
if 'naïve49' in d2:
    del d2['naïve49']
d2.update([('中文87', 1)], extra=853)
d2['a😀'] = 1
print(d2.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx83', 0))
d2['ключ'] = 361
if '😀' in d2:
    del d2['😀']
if 'é' in d2:
    del d2['é']
d2['é'] = 'x' * 3
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
