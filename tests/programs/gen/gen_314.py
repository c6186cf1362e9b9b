# generated program 314 (tests/probe/gen_programs.py)
d0 = {}
d0.update([('apple57', 1)], extra=119)
d0.update([('apple', 1)], extra=(3,))
d0['Ünïcödé'] = 'x' * 3
d0['apple90'] = 2.5
d0['café'] = -7
x = 713985992
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ß25'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('café42', 1)], extra=[1, 2])
d0['日本25'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'a😀': 1, 'a65': 0, 'pear44': 917, 'naïve19': 1, '': 1, '中文': 'v', 'a': None, '😀': 1, 'дом': 'x' * 3, 'café': 1, 'ß': 0, 'ß': 'x' * 3, 'apple39': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None, 'key74': [1, 2], 'key': 214, 'café': 'x' * 3, 'Ünïcödé49': None, 'pear17': 1, 'fig26': [1, 2], '😀9': 1, 'fig53': 2.5, 'pear33': 778, 'key': 0, 'kiwi': 'v', 'apple4': -7, 'kiwi': 972, 'naïve': 'v', 'ключ38': 0, 'é47': 'x' * 3, '𝄞': (3,), 'é': [1, 2], 'apple': [1, 2], 'a30': (3,), 'a😀': 644, 'key': None, 'kiwi91': None, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx90': None, 'é3': -7, 'z': -7}
d1['😀'] = -7
d1.clear()
print(d1.get('z95'), 'z95' in d1, len(d1))
print(d1.pop('fig', 'missing'))
print(d1.setdefault('дом5', 'x' * 3))
x = 190023905
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['é76'] = [1, 2]
x = 445577658
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['中文90'] = 1
d1.update(d0)
if 'kiwi' in d1:
    del d1['kiwi']
d1['日本'] = 'v'
if 'Ünïcödé96' in d1:
    del d1['Ünïcödé96']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate([-1267650600228229401496703205376, 'Ünïcödé', -1267650600228229401496703205376])}
x = 324097773
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update([(100000000000000000010, 1)], extra=None)
print(d2.setdefault(('ключ', 'b94', ), 'v'))
x = 670895702
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 774080458
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[18] = 'v'
x = 645871837
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.get((-2, )), (-2, ) in d2, len(d2))
if d2:
    print(d2.popitem())
d2[b''] = 'x' * 3
d2[()] = 'x' * 3
if d2:
    print(d2.popitem())
d2[b''] = None
d2[2305843009213693951] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[(100000000000000000095, 26, )] = 'v'
d2[b'#\x14~\x06\xf8'] = (3,)
if b'' in d2:
    del d2[b'']
if b'9t\x95\xb2\xe0' in d2:
    del d2[b'9t\x95\xb2\xe0']
d2['дом'] = 0
d2[-32] = -7
d2.update(d0)
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
