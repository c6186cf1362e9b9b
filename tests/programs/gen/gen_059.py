# generated program 59 (tests/probe/gen_programs.py)
d0 = dict([(b'\xe9\xb4\xd2n\xb4', 0), (('pear', 'Ünïcödé', 'naïve93', ), 443), (b'', 2.5), (b'\xee<\x17l\xf7', 1)])
d0[()] = 1
if b'\x12\x0b\xbb\x9f' in d0:
    del d0[b'\x12\x0b\xbb\x9f']
x = 266582130
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if ('a😀', 26, 674153, ) in d0:
    del d0[('a😀', 26, 674153, )]
print(d0.pop((), 'missing'))
d0[(100000000000000000079, )] = 546
x = 433024439
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[()] = 2.5
d0[(2127, 2305843009213693952, 11, )] = 'x' * 3
d0[(24, 16, )] = 0
if b'*' in d0:
    del d0[b'*']
d0[b'\x10{'] = 'v'
d0[b'\xbb\x0e\xfb\x91'] = 0
if b'' in d0:
    del d0[b'']
x = 808351986
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(b'W\xca^\xbb', 1)], extra=0)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
