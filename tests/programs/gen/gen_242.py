# generated program 242 (tests/probe/gen_programs.py)
d0 = {'中文70': 'v', 'pear38': 1, (-1267650600228229401496703205376, 18446744073709551616, '', ): (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx88': None, 'café8': 'x' * 3}
d0['Ünïcödé3'] = 'x' * 3
d0[('дом', 'fig46', )] = [1, 2]
if ('é53', 'Ünïcödé', 'a78', ) in d0:
    del d0[('é53', 'Ünïcödé', 'a78', )]
d0.clear()
if 'ключ' in d0:
    del d0['ключ']
d0[(-1267650600228229401496703205376, 'Ünïcödé18', )] = 995
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {b'': (3,), (): -7, (18446744073709551617, ): 'v', 6.125: [1, 2], b'\xb4{\xbe\xa5\x03': None, 1e+300: -7}
x = 455617476
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if (2305843009213693951, '😀93', -2, ) in d1:
    del d1[(2305843009213693951, '😀93', -2, )]
d1[-0.0] = 981
if -2 in d1:
    del d1[-2]
d1.update(d0)
if 56 in d1:
    del d1[56]
d1[23] = None
d1[1.5] = 0
if d1:
    print(d1.popitem())
d1[()] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[('b62', )] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if () in d1:
    del d1[()]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[13] = 'x' * 3
d1.update([(3.141592653589793, 1)], extra=[1, 2])
d1[(879892, )] = None
d1[b'7X%\x14'] = 564
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {-2: None, 18446744073709551616: None, 18446744073709551617: 'x' * 3, 2305843009213693951: 'x' * 3, 33: [1, 2], 100000000000000000026: 'x' * 3}
d2[859775] = None
d2.update(d1)
if d2:
    print(d2.popitem())
print(d2.setdefault(49, 2.5))
d2[112] = 2.5
d2[2305843009213693951] = 'v'
d2[8] = 2.5
x = 773639727
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
d2[2305843009213693952] = 2.5
d2.clear()
d2[-2] = 1
x = 797019073
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[-2] = -7
if d2:
    print(d2.popitem())
x = 938085230
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if -2 in d2:
    del d2[-2]
print(d2.pop(2305843009213693952, 'missing'))
d2[40] = 'v'
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
if 32 in d2:
    del d2[32]
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
if 2305843009213693952 in d2:
    del d2[2305843009213693952]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
