# generated program 103 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault(False, 'x' * 3))
d0.update([(b'\x1a\x1c\x1dN', 1)], extra=(3,))
d0[b'\x14\xfd\xca\xba\xc5'] = 'v'
if () in d0:
    del d0[()]
d0[()] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[True] = 2.5
d0[True] = 181
print(d0.pop(b'\xd6X\x8b\xb4\xc3', 'missing'))
d0[False] = None
d0[(5, 2305843009213693952, )] = 0
x = 12114729
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[(2305843009213693951, )] = 'v'
d0.update([((2305843009213693952, '中文', ), 1)], extra='x' * 3)
d0[b''] = 'x' * 3
d0[b'3\xc2'] = 'x' * 3
d0[b'\t`'] = [1, 2]
d0[('café22', 18446744073709551616, 'z88', )] = 'x' * 3
if ('a😀25', ) in d0:
    del d0[('a😀25', )]
print(d0.setdefault(b'\x03Bk\x8f', None))
if True in d0:
    del d0[True]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {-1267650600228229401496703205376: -7, 18446744073709551622: 'v', -1: [1, 2], 809412: 'v', 49: 284, 2305843009213693952: 0, -2: None, 37: None, 39: None, 978416: [1, 2], -1: (3,), -2: [1, 2], -2: 2.5, -1: 'x' * 3, -1: 202, 4: 'x' * 3, -1: -7, 25: 2.5}
print(d1.setdefault(2305843009213693952, 'x' * 3))
x = 1047018556
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(100000000000000000014), 100000000000000000014 in d1, len(d1))
d1[-1] = (3,)
d1[-2] = 735
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
