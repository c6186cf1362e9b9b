# generated program 303 (tests/probe/gen_programs.py)
d0 = dict([(-1, 2.5), (7, 'v'), (62, 0), (-2, -7), (-1267650600228229401496703205376, (3,)), (9, 889), (60, None), (88, (3,)), (2305843009213693951, 'v'), (120, -7), (24, [1, 2])])
if 18446744073709551616 in d0:
    del d0[18446744073709551616]
d0.update([(2305843009213693951, 1)], extra=-7)
d0[-1] = 2.5
d0.update([(-44, 1)], extra=(3,))
d0[55] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([b'>t\xfc', b'', True, (), (18, 2305843009213693952, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ), 18446744073709551619, (), True, (-1267650600228229401496703205376, ), ('a😀78', -1267650600228229401496703205376, )])}
if ('ключ37', ) in d1:
    del d1[('ключ37', )]
x = 394711832
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
d1.update(d0)
print(d1.setdefault(-10, 0))
d1.update(d0)
d1[b'\xa7'] = 'x' * 3
d1[b'\xc8'] = 1
print(d1.get(False), False in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if ('apple', 'a😀96', ) in d1:
    del d1[('apple', 'a😀96', )]
if d1:
    print(d1.popitem())
d1[True] = 1
if b'\x86F\xa4\x18\xc7' in d1:
    del d1[b'\x86F\xa4\x18\xc7']
if d1:
    print(d1.popitem())
d1[('Ünïcödé', '𝄞', 'ß', )] = 'x' * 3
if d1:
    print(d1.popitem())
d1[18446744073709551618] = -7
d1[True] = 'v'
if d1:
    print(d1.popitem())
d1[False] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict([(100000000000000000029, 324), (2305843009213693952, None)])
if d2:
    print(d2.popitem())
x = 364150143
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[2305843009213693951] = 1
x = 968922608
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.setdefault(-1267650600228229401496703205376, None))
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2[100000000000000000065] = 0
if 2305843009213693952 in d2:
    del d2[2305843009213693952]
x = 653830238
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[-1] = -7
if 56 in d2:
    del d2[56]
if -1 in d2:
    del d2[-1]
print(d2.get(112), 112 in d2, len(d2))
print(d2.get(23), 23 in d2, len(d2))
print(d2.setdefault(5, [1, 2]))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
