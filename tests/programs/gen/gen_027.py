# generated program 27 (tests/probe/gen_programs.py)
d0 = {}
d0[-1] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(100000000000000000055, 'missing'))
if 6 in d0:
    del d0[6]
if 65591 in d0:
    del d0[65591]
print(d0.pop(-13, 'missing'))
d0[2305843009213693951] = 235
x = 300109950
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-2] = -7
d0[96] = 1
d0[-17] = None
x = 26156163
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[20] = -7
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['pear43', '😀', 'ключ63', 'key56', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx60', 'fig', '😀18', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '中文86', 'é', 'é'])}
if '𝄞' in d1:
    del d1['𝄞']
if '日本' in d1:
    del d1['日本']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['pear'] = None
print(d1.setdefault('ß42', 0))
if 'z1' in d1:
    del d1['z1']
d1['naïve7'] = (3,)
d1['apple'] = -7
d1['key47'] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 67927475
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1['key37'] = 1
d1.update(d0)
d1['Ünïcödé75'] = 0
print(d1.setdefault('key', [1, 2]))
d1['a'] = 'x' * 3
if d1:
    print(d1.popitem())
d1['Ünïcödé'] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'a😀': 0, '中文14': 2.5, 'ß88': 2.5, 'naïve3': 0, 'a': -7, 'apple': 'x' * 3, 'café45': 1}
if '' in d2:
    del d2['']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'a' in d2:
    del d2['a']
if d2:
    print(d2.popitem())
x = 408084328
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop('Ünïcödé', 'missing'))
x = 745979908
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
d2['Ünïcödé'] = 0
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
