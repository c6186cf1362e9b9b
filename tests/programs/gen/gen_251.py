# generated program 251 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault('fig73', (3,)))
print(d0.setdefault('naïve', 2.5))
d0['31'] = None
d0['apple24'] = 'v'
d0.update([('94', 1)], extra=None)
x = 896151203
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0.update([('pear', 1)], extra=1)
if 'café' in d0:
    del d0['café']
print(d0.get('z64'), 'z64' in d0, len(d0))
if 'a' in d0:
    del d0['a']
d0.update([('中文', 1)], extra=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['b'] = 'v'
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {14: 1, 18446744073709551623: (3,), 120: (3,), 27: 'x' * 3, 899840: 'x' * 3, -1267650600228229401496703205376: 2.5, 54: -7}
if -1 in d1:
    del d1[-1]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-1] = 'x' * 3
if 29 in d1:
    del d1[29]
x = 628995061
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 100000000000000000004 in d1:
    del d1[100000000000000000004]
d1[18446744073709551622] = 1
d1[-2] = None
d1[126234] = 2.5
print(d1.pop(-2, 'missing'))
d1[18446744073709551619] = 'v'
d1[-2] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[2305843009213693951] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
x = 3526615
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
d1.clear()
x = 625224932
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[100000000000000000047] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {49: (3,), 2305843009213693951: [1, 2], 137374: 295, -1: 989, 29: [1, 2], -1: None, -1: (3,), 38: [1, 2], -2: -7, -1: 0}
d2.update([(-1267650600228229401496703205376, 1)], extra=254)
d2.update([(18446744073709551620, 1)], extra=[1, 2])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.setdefault(-1267650600228229401496703205376, 'v'))
print(d2.get(100000000000000000092), 100000000000000000092 in d2, len(d2))
d2[18446744073709551616] = None
d2[18446744073709551616] = [1, 2]
d2.update(d0)
print(d2.setdefault(2305843009213693951, -7))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 465214 in d2:
    del d2[465214]
x = 562025068
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop(2305843009213693952, 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
