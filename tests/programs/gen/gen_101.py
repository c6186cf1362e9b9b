# generated program 101 (tests/probe/gen_programs.py)
d0 = {b'\x88': 132, 0.5: (3,), b'': 0}
d0[1e+300] = 2.5
if b'h\x81' in d0:
    del d0[b'h\x81']
if d0:
    print(d0.popitem())
print(d0.get(b'm'), b'm' in d0, len(d0))
if b'' in d0:
    del d0[b'']
if 0.5 in d0:
    del d0[0.5]
d0[10.0] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 0.1 in d0:
    del d0[0.1]
print(d0.pop(1e+300, 'missing'))
x = 57641581
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(b'', 'missing'))
d0.update([(b'\x9a\x0c\xcb', 1)], extra=[1, 2])
d0.update([(b'\xa1)?', 1)], extra=[1, 2])
x = 1024379055
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b'\x88\xdb*'] = -7
d0.update([(b'DO%F', 1)], extra=1)
x = 1065314083
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(frozenset([]), 0), ((2305843009213693952, -1267650600228229401496703205376, 'é81', ), (3,)), ((), None), (frozenset([-2, -2, 34]), 'x' * 3), (-2, None), ((18446744073709551620, 618880, ), None), (-1, 0), (2305843009213693951, (3,)), ((), 'v'), (frozenset([80, 2305843009213693952]), (3,)), ((), None), (2305843009213693952, [1, 2]), (frozenset([48]), 'v'), (False, None), ((2305843009213693951, ), 2.5), (2305843009213693951, 0), (frozenset([]), 1)])
d1.update(d0)
d1[frozenset([])] = 'v'
d1[('дом36', 'ключ86', 'naïve57', )] = (3,)
print(d1.pop(-1267650600228229401496703205376, 'missing'))
if d1:
    print(d1.popitem())
d1[frozenset([18446744073709551623])] = 'x' * 3
print(d1.pop(frozenset([-1267650600228229401496703205376]), 'missing'))
d1.update([(True, 1)], extra=[1, 2])
d1[(-27, 18446744073709551616, 'дом', )] = (3,)
if False in d1:
    del d1[False]
d1[frozenset([683787, 2305843009213693952, 18446744073709551624])] = 'x' * 3
d1[2305843009213693951] = 1
d1[True] = 'v'
if d1:
    print(d1.popitem())
d1[-1267650600228229401496703205376] = 'x' * 3
d1[frozenset([804440, 891905])] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
