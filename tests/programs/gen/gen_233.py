# generated program 233 (tests/probe/gen_programs.py)
d0 = dict([])
d0[-1267650600228229401496703205376] = 77
d0[b'5\xd9'] = 'x' * 3
if b'' in d0:
    del d0[b'']
x = 183717123
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[100000000000000000017] = 0
x = 215517864
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'I\x1c'] = 0
if d0:
    print(d0.popitem())
x = 822305994
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 100000000000000000051 in d0:
    del d0[100000000000000000051]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'Ünïcödé': 808, 'key20': (3,), '😀': -7, 'Ünïcödé': 2.5, 'a😀': None, 'a11': 0, 'z98': 1, 'ß': [1, 2], 'fig': 2.5, 'key': 2.5, 'café42': 1}
if 'a' in d1:
    del d1['a']
d1['a68'] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if '中文82' in d1:
    del d1['中文82']
print(d1.pop('61', 'missing'))
d1.update(d0)
if 'é' in d1:
    del d1['é']
d1['中文'] = 'x' * 3
d1.update([('中文', 1)], extra=2.5)
x = 19976366
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 883249129
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 569797533
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('fig', 'v'))
if 'дом' in d1:
    del d1['дом']
if '70' in d1:
    del d1['70']
x = 692792124
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get('naïve39'), 'naïve39' in d1, len(d1))
if '36' in d1:
    del d1['36']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
