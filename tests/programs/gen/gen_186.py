# generated program 186 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -2 in d0:
    del d0[-2]
d0[2305843009213693951] = 'x' * 3
d0[-2.25] = 258
x = 804722240
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[44] = (3,)
d0[825863] = 2.5
x = 343395255
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(0.1), 0.1 in d0, len(d0))
d0[18446744073709551623] = 2.5
if 100000000000000000021 in d0:
    del d0[100000000000000000021]
print(d0.get(b'\xb3)\xf4\x17\x1b'), b'\xb3)\xf4\x17\x1b' in d0, len(d0))
x = 671241930
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'\xf3\x91\xfe<Q'] = 'x' * 3
if 100000000000000000092 in d0:
    del d0[100000000000000000092]
d0.update([(9.875, 1)], extra=0)
d0[False] = 'v'
if b'\xd6/0^\x85' in d0:
    del d0[b'\xd6/0^\x85']
d0[3.141592653589793] = (3,)
d0[b'\x87\xbb'] = 2.5
d0[-0.0] = 95
print(d0.setdefault(1.5, 495))
d0[1.5] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([18446744073709551621, -38])] = 0
print(d1.get(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx57', )), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx57', ) in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if (2305843009213693952, ) in d1:
    del d1[(2305843009213693952, )]
x = 153273178
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1[()] = [1, 2]
d1.update(d0)
print(d1.pop((-2, ), 'missing'))
d1[()] = 2.5
d1[frozenset([-2, -2])] = 127
d1[frozenset([18446744073709551617])] = 'x' * 3
print(d1.pop((-1267650600228229401496703205376, 'kiwi', ), 'missing'))
print(d1.pop(frozenset([2305843009213693951]), 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
