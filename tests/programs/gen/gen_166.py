# generated program 166 (tests/probe/gen_programs.py)
d0 = {}
if 'pear' in d0:
    del d0['pear']
d0.update([('中文59', 1)], extra='v')
print(d0.pop('a', 'missing'))
x = 139875869
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'дом8' in d0:
    del d0['дом8']
d0['é66'] = 0
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 'x' * 3
if 'ß' in d0:
    del d0['ß']
d0['ключ81'] = (3,)
d0['Ünïcödé'] = 'x' * 3
if d0:
    print(d0.popitem())
print(d0.pop('a😀', 'missing'))
print(d0.pop('中文25', 'missing'))
d0['a'] = 555
d0['ß'] = -7
print(d0.get('naïve4'), 'naïve4' in d0, len(d0))
if 'a' in d0:
    del d0['a']
d0.update([('дом', 1)], extra=970)
d0['дом60'] = [1, 2]
if 'дом' in d0:
    del d0['дом']
x = 913964599
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'apple90' in d0:
    del d0['apple90']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
d1['дом6'] = 2.5
if 'b' in d1:
    del d1['b']
d1['café74'] = 'v'
d1['a'] = 465
if 'b14' in d1:
    del d1['b14']
if 'pear13' in d1:
    del d1['pear13']
if '' in d1:
    del d1['']
d1['Ünïcödé'] = (3,)
d1.update(d0)
x = 921500410
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 1058682596
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
x = 395502449
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a47'] = 529
d1['😀34'] = 1
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx74'] = 2.5
d1['𝄞'] = 'v'
if 'ß29' in d1:
    del d1['ß29']
print(d1.pop('日本', 'missing'))
d1.update(d0)
d1['é22'] = -7
x = 660705603
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['é68'] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict([('key', 2.5), ('z', 0), ('z13', 0), ('дом', 'x' * 3), ('日本0', 'v'), ('é', [1, 2]), ('中文', 2.5), ('naïve98', None), ('', 2.5), ('café', 'v'), ('32', (3,)), ('apple15', 'v'), ('дом', 2.5), ('key31', 'v'), ('café', None), ('Ünïcödé', 0), ('a😀59', (3,)), ('𝄞', [1, 2]), ('𝄞72', (3,)), ('kiwi6', 308), ('a😀', (3,)), ('z', 'x' * 3), ('café', 2.5), ('é60', 'x' * 3), ('apple', 'x' * 3), ('日本70', None), ('ß52', 2.5), ('é40', None), ('𝄞', 'x' * 3), ('дом74', 950), ('naïve18', -7), ('apple38', 'x' * 3), ('ключ', 0)])
print(d2.pop('中文34', 'missing'))
if d2:
    print(d2.popitem())
if 'a😀53' in d2:
    del d2['a😀53']
if 'a😀' in d2:
    del d2['a😀']
d2['日本'] = None
d2['𝄞46'] = 'x' * 3
if '𝄞' in d2:
    del d2['𝄞']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['ключ'] = 'v'
x = 1049043105
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'key51' in d2:
    del d2['key51']
if 'a68' in d2:
    del d2['a68']
x = 793171730
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop('Ünïcödé', 'missing'))
print(d2.setdefault('naïve8', 1))
if 'pear22' in d2:
    del d2['pear22']
d2.clear()
if 'дом' in d2:
    del d2['дом']
d2['ключ'] = 2.5
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
