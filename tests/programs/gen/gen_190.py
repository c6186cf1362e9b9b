# generated program 190 (tests/probe/gen_programs.py)
d0 = {}
x = 599337712
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 364282453
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[96] = None
x = 367965088
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'\xad\xe8t\xe2\xcb'] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {frozenset([]): 1, frozenset([-43, 18446744073709551619]): 2.5, frozenset([2305843009213693952, 22, 2305843009213693951]): 0, b'-\xd6': None, b'&': 'x' * 3, frozenset([2305843009213693952, -1267650600228229401496703205376, 2305843009213693951]): 2.5, b'\xc0\xa1^\xcb': None, b'': 465, b'\xe9{i': [1, 2], b'\xads': [1, 2], b'\xce[\xc2': 0}
d1[frozenset([56, 100000000000000000064])] = 'x' * 3
d1[b'6\xdd'] = 0
d1[b'\x01'] = (3,)
print(d1.setdefault(b'\x9d', 1))
print(d1.pop(frozenset([13]), 'missing'))
d1[frozenset([])] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([])] = -7
d1[frozenset([])] = 1
if b'\xfb\x18\x8f' in d1:
    del d1[b'\xfb\x18\x8f']
print(d1.get(frozenset([-1])), frozenset([-1]) in d1, len(d1))
d1.update(d0)
print(d1.setdefault(frozenset([100000000000000000091, -2, 764765]), None))
d1[b''] = 2.5
x = 1001938147
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[frozenset([])] = 0
print(d1.get(frozenset([47, 2305843009213693951, -38])), frozenset([47, 2305843009213693951, -38]) in d1, len(d1))
d1[b'\x8b\xd0B@'] = 2.5
if d1:
    print(d1.popitem())
d1[b'\xd0\x0b\xa6\x17'] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=[1, 2], k1=0, k2=563, k3=None, k4=None, k5=1, k6=2.5, k7=0, k8='v', k9=0, k10=None, k11=0)
print(d2.pop('Ünïcödé63', 'missing'))
x = 168371410
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
d2.update(d0)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
