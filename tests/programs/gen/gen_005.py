# generated program 5 (tests/probe/gen_programs.py)
d0 = dict([(100000000000000000033, [1, 2]), (18446744073709551621, -7), (-1267650600228229401496703205376, [1, 2]), (405832, 'x' * 3)])
d0[8] = 796
if -2 in d0:
    del d0[-2]
if d0:
    print(d0.popitem())
if 47 in d0:
    del d0[47]
d0[100000000000000000024] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1267650600228229401496703205376] = 'x' * 3
d0[53] = [1, 2]
d0.update([(-1, 1)], extra=-7)
d0[-1] = 1
d0.update([(16, 1)], extra='x' * 3)
d0.update([(100000000000000000001, 1)], extra=764)
d0[2305843009213693951] = 'v'
x = 481559407
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693951] = (3,)
d0.update([(-10, 1)], extra=0)
x = 1051872163
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 229279513
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(-2), -2 in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['é'] = 0
print(d1.pop('z13', 'missing'))
if 'дом4' in d1:
    del d1['дом4']
d1['apple69'] = None
d1['key'] = None
d1['a'] = 2.5
if 'ключ' in d1:
    del d1['ключ']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print(d1.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx18', None))
x = 747190235
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['ключ59'] = None
d1['pear'] = 'v'
d1.update([('é', 1)], extra=(3,))
if '😀49' in d1:
    del d1['😀49']
d1['a😀'] = None
print(d1.setdefault('дом', 598))
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
if d2:
    print(d2.popitem())
d2['дом50'] = 0
if b'' in d2:
    del d2[b'']
print(d2.setdefault('apple', 'v'))
if d2:
    print(d2.popitem())
d2[b'\x14\xab\xec\xa4\x1c'] = 2.5
x = 791865548
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
