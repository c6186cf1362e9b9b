# generated program 91 (tests/probe/gen_programs.py)
d0 = {}
d0.update([('apple', 1)], extra=(3,))
if 'дом79' in d0:
    del d0['дом79']
if 'b' in d0:
    del d0['b']
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx54' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx54']
if 'café' in d0:
    del d0['café']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[-2] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[19] = (3,)
print(d1.get(18446744073709551619), 18446744073709551619 in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[b''] = [1, 2]
x = 565242918
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[b'\xec2\xc0\x7f'] = 0
d1[b'B\x00t'] = (3,)
if frozenset([2305843009213693951, 100000000000000000034, 47]) in d1:
    del d1[frozenset([2305843009213693951, 100000000000000000034, 47])]
print(d1.pop(-1, 'missing'))
if frozenset([2305843009213693952, -2]) in d1:
    del d1[frozenset([2305843009213693952, -2])]
if 24 in d1:
    del d1[24]
print(d1.setdefault(b'\xd7\x0e\xfe<', [1, 2]))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx18': -7, '😀': None, '😀49': None, 'fig': (3,), '中文4': 1, 'fig': 0, 'fig': 0, '日本': 0, 'pear77': (3,), 'café': 2.5, 'é': 0}
if 'z' in d2:
    del d2['z']
d2['дом'] = 1
print(d2.get('key'), 'key' in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
