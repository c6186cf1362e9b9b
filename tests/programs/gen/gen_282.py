# generated program 282 (tests/probe/gen_programs.py)
d0 = dict([('Ünïcödé73', (3,)), ('日本88', (3,)), ('中文', -7), ('pear', [1, 2]), ('a😀', 2.5), ('fig', 0), ('日本94', 1), ('apple8', None), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0), ('日本54', 2.5), ('a😀41', [1, 2]), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1), ('Ünïcödé', 0), ('café70', 'v'), ('z', 'v'), ('b', 'x' * 3), ('café79', 0), ('дом73', 455), ('pear', 'v'), ('b11', 0), ('kiwi43', 864), ('a😀', -7), ('key32', 1), ('key', 0), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1), ('日本', [1, 2]), ('中文', 2.5), ('ключ', 2.5), ('key', 2.5), ('61', 'v'), ('😀72', None), ('é14', 'v'), ('fig', 'v'), ('дом0', [1, 2])])
if 'z' in d0:
    del d0['z']
x = 433048903
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['Ünïcödé61'] = [1, 2]
d0['z'] = 2.5
x = 431364059
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'café' in d0:
    del d0['café']
if 'apple25' in d0:
    del d0['apple25']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
print(d1.pop('apple', 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1['apple15'] = 'v'
d1.clear()
if 'ключ28' in d1:
    del d1['ключ28']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'ключ57' in d1:
    del d1['ключ57']
d1['é1'] = -7
print(d1.pop('', 'missing'))
if 'a63' in d1:
    del d1['a63']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
