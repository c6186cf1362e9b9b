# generated program 35 (tests/probe/gen_programs.py)
d0 = {b'\xe2': [1, 2], b'\x12d\xd9\n': (3,), b'1\rx_d': [1, 2], -2.25: 944, 1.5: (3,), b'3?': 1, 16: 0, -1267650600228229401496703205376: 'v', b'\x00mr{': None, b'\x08k|\xb5V': None, 'дом43': -7, b'\xcf\x02\xbe': 'x' * 3, -1267650600228229401496703205376: None, -2.25: 429, 'key28': 0, 1e+300: 'x' * 3}
print(d0.setdefault('𝄞', 'x' * 3))
print(d0.pop(2305843009213693952, 'missing'))
if 'a66' in d0:
    del d0['a66']
print(d0.setdefault(-1, 0))
print(d0.setdefault(72, 'x' * 3))
d0.update([(2305843009213693951, 1)], extra='x' * 3)
d0[b'K'] = -7
d0[0.1] = (3,)
d0[100000000000000000090] = 0
d0['ß'] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[3.141592653589793] = 'x' * 3
d0[b'\xc3I\xff\xee'] = 'v'
d0.update([(-1, 1)], extra='v')
if '日本83' in d0:
    del d0['日本83']
x = 428468078
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'kiwi82' in d0:
    del d0['kiwi82']
x = 179659959
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[0.5] = 2.5
x = 396384702
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-2.25] = 1
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
