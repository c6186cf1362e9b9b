# generated program 183 (tests/probe/gen_programs.py)
d0 = {'naïve26': 0, 'ключ': 0, 'a44': [1, 2], 'дом': (3,), 'a': 1, '𝄞': 'x' * 3, 'kiwi27': -7, 'naïve': [1, 2], 'pear70': 'v', 'key': (3,)}
if 'café64' in d0:
    del d0['café64']
d0['z'] = None
x = 32992643
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['é'] = 586
d0['😀3'] = None
print(d0.get('naïve22'), 'naïve22' in d0, len(d0))
d0['a20'] = [1, 2]
if 'café' in d0:
    del d0['café']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['中文73'] = -7
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([b'\x95\xedR\x13\x90', b'{', 100000000000000000031, -1267650600228229401496703205376, 100000000000000000059, b'%\xd0', -1, b'\x05.\xc3', b'\x9b\xa1\xb8', -2, -1267650600228229401496703205376, 18446744073709551619, ('中文18', ), -1267650600228229401496703205376, -40, 100000000000000000051, b'\x90X\xd1\xa0'])}
print(d1.pop(18446744073709551622, 'missing'))
print(d1.get((-1267650600228229401496703205376, 'apple51', 2305843009213693952, )), (-1267650600228229401496703205376, 'apple51', 2305843009213693952, ) in d1, len(d1))
d1[b'c\xde\xd2~c'] = 2.5
d1.update([(9, 1)], extra=None)
if (-1, 'a😀', ) in d1:
    del d1[(-1, 'a😀', )]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[b'\t\xe1\x8f\xb9'] = 586
d1[b'/J\x9cn\xe8'] = [1, 2]
d1[16] = -7
d1.update(d0)
if d1:
    print(d1.popitem())
d1[18446744073709551618] = [1, 2]
d1[()] = 'v'
if (2305843009213693951, ) in d1:
    del d1[(2305843009213693951, )]
d1.update([((-10, -27, ), 1)], extra=-7)
d1[b'j=\x12\x1f'] = 2.5
print(d1.get((18446744073709551616, )), (18446744073709551616, ) in d1, len(d1))
d1[-1267650600228229401496703205376] = 2.5
if b'>GU' in d1:
    del d1[b'>GU']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2[frozenset([-2, -2])] = 1
if () in d2:
    del d2[()]
d2[frozenset([2305843009213693952, 18446744073709551622, -1267650600228229401496703205376])] = 1
d2.update(d1)
x = 105213668
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.get(frozenset([2305843009213693952, 615886, 11])), frozenset([2305843009213693952, 615886, 11]) in d2, len(d2))
d2.update([(('Ünïcödé72', ), 1)], extra=(3,))
d2[frozenset([-1267650600228229401496703205376, 48])] = -7
d2[frozenset([429691, 18446744073709551617, 29])] = 335
print(d2.pop(frozenset([48, -2]), 'missing'))
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
