# generated program 184 (tests/probe/gen_programs.py)
d0 = {}
if -2.25 in d0:
    del d0[-2.25]
d0[3.141592653589793] = 'v'
d0[2.375] = 193
if -2.25 in d0:
    del d0[-2.25]
if 1e+300 in d0:
    del d0[1e+300]
d0[b''] = -7
d0[1e-300] = 'x' * 3
x = 348628362
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 702700636
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 385095995
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(b'\xd6\x03\x18\x11', 1))
x = 341470576
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 570498389
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if b'\xfd\r"1/' in d0:
    del d0[b'\xfd\r"1/']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'pear64' in d1:
    del d1['pear64']
d1['pear'] = -7
if 1e-300 in d1:
    del d1[1e-300]
print(d1.setdefault(3.141592653589793, [1, 2]))
if 'pear' in d1:
    del d1['pear']
if 'z88' in d1:
    del d1['z88']
d1[-2.25] = 0
if 0.5 in d1:
    del d1[0.5]
if d1:
    print(d1.popitem())
d1.update(d0)
d1[-2.25] = 622
x = 444587971
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[-2.25] = 'v'
d1['z'] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2[b'\xd3\xf3\xfc8'] = 'v'
d2[-0.0] = -7
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.update(d0)
print(d2.pop(100000000000000000096, 'missing'))
d2.update(d1)
print(d2.pop(2305843009213693951, 'missing'))
if 100000000000000000005 in d2:
    del d2[100000000000000000005]
d2.update([('дом', 1)], extra=362)
d2[-2.25] = -7
d2[-0.0] = (3,)
d2[1.5] = 1
d2[100000000000000000000] = 1
if 'naïve43' in d2:
    del d2['naïve43']
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
