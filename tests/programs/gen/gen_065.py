# generated program 65 (tests/probe/gen_programs.py)
d0 = dict([('中文', 321), ('apple', 1), ('ключ', (3,)), ('a😀', 316), ('z', 0), ('kiwi', 0)])
x = 393647661
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 486394026
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['apple47'] = 2.5
d0['дом'] = 1
if '' in d0:
    del d0['']
x = 1068176153
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'a😀' in d0:
    del d0['a😀']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['z25'] = (3,)
d0.update([('ß23', 1)], extra=24)
d0['apple'] = 'x' * 3
x = 299506003
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 871078962
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('naïve17', (3,)))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'naïve67': 814, 'ключ19': 0, 'a2': 0, 'é41': None, '': 'v', 'Ünïcödé53': 614, 'ключ': 'x' * 3, 'z16': 'x' * 3, 'key': [1, 2], 'Ünïcödé10': 0, '8': -7, 'дом48': 2.5, 'z': (3,), 'é': 'v', 'Ünïcödé': 2.5, '74': 1, 'z': 'x' * 3, '中文': None, 'a😀43': -7, '𝄞': 'x' * 3, 'дом39': 'x' * 3}
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx12'] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('naïve54', 1)], extra='v')
d1['ключ17'] = 'v'
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
if 'pear69' in d1:
    del d1['pear69']
if 'b' in d1:
    del d1['b']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'a56' in d1:
    del d1['a56']
print(d1.setdefault('fig', None))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
