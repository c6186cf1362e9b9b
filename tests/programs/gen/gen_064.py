# generated program 64 (tests/probe/gen_programs.py)
d0 = {}
d0.update([('中文82', 1)], extra=[1, 2])
x = 813603322
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'apple': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, '中文': -7, '中文': 'v', '😀41': (3,), '😀': -7, 'é28': None, 'a34': None, 'ß50': 0, '𝄞37': 'v', 'ß25': 'v', 'a': [1, 2], 'é': (3,), 'дом': 2.5, 'kiwi84': 'v', 'Ünïcödé39': 2.5}
print(d1.get('café'), 'café' in d1, len(d1))
print(d1.setdefault('a', 'x' * 3))
x = 1010452245
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('дом74', 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['Ünïcödé'] = -7
d1['fig'] = 'x' * 3
print(d1.setdefault('😀60', [1, 2]))
d1['key'] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault('Ünïcödé95', None))
print(d1.get('😀'), '😀' in d1, len(d1))
print(d1.setdefault('naïve52', None))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('Ünïcödé38', 1)], extra='v')
d1['a😀'] = 1
d1['中文15'] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
