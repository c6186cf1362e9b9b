# generated program 119 (tests/probe/gen_programs.py)
d0 = {'b': 'x' * 3, 'pear': 'x' * 3, 'apple': 689, '😀': -7}
d0.update([('中文', 1)], extra=187)
print(d0.setdefault('kiwi', 'v'))
d0['ключ'] = 0
d0['naïve77'] = 1
d0['дом'] = 0
if 'Ünïcödé54' in d0:
    del d0['Ünïcödé54']
print(d0.get('Ünïcödé0'), 'Ünïcödé0' in d0, len(d0))
if 'ключ' in d0:
    del d0['ключ']
if 'a😀' in d0:
    del d0['a😀']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('key', 'v'))
d0['z73'] = [1, 2]
if d0:
    print(d0.popitem())
x = 1071241421
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['fig69'] = 'x' * 3
d0.update([('pear54', 1)], extra=728)
d0['z73'] = -7
d0.update([('😀', 1)], extra=2.5)
x = 572097365
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['中文'] = 'x' * 3
print(d0.pop('z98', 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if 'ß' in d1:
    del d1['ß']
d1['a'] = 1
if d1:
    print(d1.popitem())
d1[3.141592653589793] = [1, 2]
d1[b'2\x1e\xc5'] = None
d1[b''] = 0
x = 691780208
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if -0.0 in d1:
    del d1[-0.0]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[False] = (3,)
if 0.5 in d1:
    del d1[0.5]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[1e+300] = [1, 2]
d1[-0.0] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 1053827771
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if False in d1:
    del d1[False]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
