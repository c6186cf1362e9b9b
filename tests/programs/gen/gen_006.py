# generated program 6 (tests/probe/gen_programs.py)
d0 = {b'': 'x' * 3, 'b69': 684, True: (3,), False: 'x' * 3, b'\xb6': 322, b'\x81\xfc\xf3': None, True: [1, 2], False: None, 'b92': 'x' * 3, False: 1, 'é': 296}
print(d0.pop('a14', 'missing'))
if b'*O\xfa' in d0:
    del d0[b'*O\xfa']
if False in d0:
    del d0[False]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(False, 1)], extra=620)
x = 1022813154
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(True, 1)], extra='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '日本' in d0:
    del d0['日本']
d0[b''] = 'x' * 3
d0[b'|\xeb'] = [1, 2]
d0[b'\xdf\xcf\xb6\x10'] = 'v'
print(d0.setdefault(b'\xdcb\x85z', 0))
if d0:
    print(d0.popitem())
d0[True] = 'v'
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = None
x = 993607742
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(b'\x9ed\xc4\xb8', 1)], extra='x' * 3)
x = 256649548
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
print(d1.setdefault('😀', 'x' * 3))
d1['z25'] = -7
if 'a😀51' in d1:
    del d1['a😀51']
x = 829320648
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['中文9'] = 'x' * 3
d1['ключ45'] = 1
d1['a😀'] = 349
print(d1.pop('b8', 'missing'))
d1['café'] = 'v'
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({True: 1, b'x': 1, b'\x15': 1, False: 1, True: 1, 3.141592653589793: 1, 1.5: 1}, 'v')
if b'\xbc\xb8' in d2:
    del d2[b'\xbc\xb8']
d2[b''] = None
d2[b'\xe0\xbaay'] = 208
print(d2.setdefault(False, 'x' * 3))
d2[b'\x17"'] = 2.5
if 1.5 in d2:
    del d2[1.5]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
