# generated program 78 (tests/probe/gen_programs.py)
d0 = {}
d0['ß'] = 97
d0['a'] = (3,)
if 'a' in d0:
    del d0['a']
if '𝄞' in d0:
    del d0['𝄞']
d0['😀'] = 975
d0.update([('𝄞36', 1)], extra=(3,))
if 'é7' in d0:
    del d0['é7']
print(d0.setdefault('дом', 'x' * 3))
if d0:
    print(d0.popitem())
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx17', 'v'))
d0['Ünïcödé78'] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[3.141592653589793] = 1
x = 202746062
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-0.0] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, 'ß45': 1, 'a😀': 1, 'café': 1, 'z': 1, '😀': 1, '😀': 1, 'дом62': 1, 'z': 1, 'pear': 1, 'a😀': 1, 'café': 1, '😀97': 1, 'pear': 1, 'fig31': 1, 'kiwi': 1, 'café': 1, '𝄞15': 1, '': 1, 'z79': 1, 'ключ': 1}, 'v')
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['pear67'] = 'v'
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['Ünïcödé'] = 0
print(d2.setdefault('café31', 2.5))
x = 330135560
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['pear47'] = -7
if 'kiwi19' in d2:
    del d2['kiwi19']
d2['b43'] = 303
d2[''] = 'x' * 3
x = 19428289
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
