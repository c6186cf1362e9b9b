# generated program 62 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault((156152, ), 'v'))
d0[('kiwi16', 2305843009213693952, )] = -7
if d0:
    print(d0.popitem())
d0[True] = -7
d0[('a😀33', 100000000000000000042, 'a😀43', )] = None
d0.update([(False, 1)], extra=(3,))
d0[('b', -2, )] = -7
if False in d0:
    del d0[False]
d0[False] = (3,)
if ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'z', 832672, ) in d0:
    del d0[('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'z', 832672, )]
print(d0.get(()), () in d0, len(d0))
d0[True] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[(-1267650600228229401496703205376, 2305843009213693952, )] = (3,)
d0[('naïve38', '😀88', )] = -7
d0.clear()
d0.update([(False, 1)], extra=1)
d0[('中文', )] = 'v'
d0[()] = (3,)
d0[True] = 'x' * 3
print(d0.setdefault((2305843009213693951, 'b', ), 0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(()), () in d0, len(d0))
x = 1049263343
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'naïve94': None, '日本0': 240, 'a': 'x' * 3, '𝄞': 125, 'café59': 1, 'apple': (3,), 'ß91': -7, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 815, 'pear61': 'v', '𝄞': 1, 'kiwi': [1, 2], 'kiwi60': 'x' * 3, '中文86': 2.5, 'kiwi39': 2.5, 'a😀86': (3,), '': 'v', 'a84': [1, 2], '中文8': 0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx2': 2.5, 'ключ46': 1, '日本': -7, 'kiwi62': None, 'a😀': 2.5, '': (3,), 'дом': 367, 'ß4': (3,), '': 0, '68': (3,), '𝄞': 480, 'fig': 'x' * 3, '日本': 'v', 'z97': 2.5, '日本': 'x' * 3, 'fig1': 2.5, '𝄞39': (3,), 'b': 2.5, '日本5': 2.5, '中文3': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None}
d1.clear()
print(d1.pop('😀', 'missing'))
d1.update([('𝄞', 1)], extra=(3,))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {(60, 'a😀67', ): 2.5, 'fig': 1, '😀74': 2.5, '日本': 0, (): 'x' * 3, (-1, ): -7, ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx56', ): 'v', (2305843009213693952, -2, ): 1, 'a😀': 24, 'b79': [1, 2], '中文': (3,), (29, '60', ): -7, ('pear11', 'café94', ): 0, 'fig25': 616, (-1, 55, -17, ): 'v', 'дом91': 'v', 'key': 0, 'key4': 1}
d2['a37'] = (3,)
d2.clear()
if ('𝄞', 2305843009213693952, ) in d2:
    del d2[('𝄞', 2305843009213693952, )]
d2.clear()
if 'é' in d2:
    del d2['é']
print(d2.get('z'), 'z' in d2, len(d2))
x = 527264456
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
