# generated program 97 (tests/probe/gen_programs.py)
d0 = dict([('naïve', 2.5), ('naïve60', 1), ('naïve90', -7), ('日本', 'x' * 3), ('apple35', 0), ('pear', (3,)), ('𝄞', 1), ('Ünïcödé83', 0), ('naïve', [1, 2]), ('a26', -7), ('b66', 'v'), ('𝄞', 1), ('apple94', 'x' * 3), ('apple91', 0), ('z22', -7)])
x = 714195005
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 693409601
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 289137554
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('дом85', 1)], extra=(3,))
print(d0.setdefault('ключ', 1))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['b99'] = (3,)
d0['z'] = 794
if d0:
    print(d0.popitem())
print(d0.pop('𝄞', 'missing'))
x = 443047112
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['z60'] = 89
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('7'), '7' in d0, len(d0))
print(d0.pop('pear98', 'missing'))
print(d0.pop('Ünïcödé41', 'missing'))
print(d0.setdefault('a79', 605))
d0['pear'] = 1
x = 134064672
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('a😀', 1)], extra=[1, 2])
print(d0.setdefault('Ünïcödé93', None))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
