# generated program 213 (tests/probe/gen_programs.py)
d0 = {}
if 'z72' in d0:
    del d0['z72']
d0['𝄞93'] = 'x' * 3
d0['é'] = 172
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('z47', 1)], extra=None)
print(d0.get('fig'), 'fig' in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['café'] = -7
d0['z48'] = 'x' * 3
x = 148825264
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[''] = -7
print(d0.get('中文'), '中文' in d0, len(d0))
d0['b42'] = 'x' * 3
d0['café'] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {False: 1, False: -7, True: [1, 2], False: 'x' * 3, True: 2.5, 'key4': 2.5, True: 2.5, '日本96': 0, True: [1, 2], False: 1, True: 0, 'é69': 713, False: -7, 'ключ': [1, 2], True: 2.5, True: 2.5, False: (3,), False: 0, 'ключ33': -7, '日本': 1, True: None, '😀29': 'x' * 3, True: 'x' * 3, 'key': None, True: 0, 'key': -7, 'fig': 2.5, True: 824, 'apple31': -7, True: -7, 'a😀44': 409, True: 1, False: None, True: 2.5, True: 0, True: 'x' * 3, 'kiwi11': 'x' * 3, False: 767, 'apple': 905, '😀': 'v'}
d1[True] = None
d1.update(d0)
print(d1.get(False), False in d1, len(d1))
d1['ключ'] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.pop('café', 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
