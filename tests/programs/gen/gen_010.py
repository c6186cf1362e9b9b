# generated program 10 (tests/probe/gen_programs.py)
d0 = {}
d0[frozenset([328273])] = 2.5
x = 16515475
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 1069776351
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b''] = 628
x = 207257167
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(frozenset([-1, 16, -10]), 2.5))
d0.update([(frozenset([2305843009213693952, -2]), 1)], extra=398)
if d0:
    print(d0.popitem())
d0.update([(b'\xc6\xfe\x18', 1)], extra=[1, 2])
d0[b'\xff\xdc'] = -7
d0[b'\xec\xd0'] = -7
d0[frozenset([426465, 100000000000000000014, 18446744073709551618])] = [1, 2]
print(d0.get(b'/'), b'/' in d0, len(d0))
if d0:
    print(d0.popitem())
print(d0.setdefault(frozenset([]), 'x' * 3))
d0.update([(frozenset([100000000000000000032, 2305843009213693952, -2]), 1)], extra=[1, 2])
d0[frozenset([2305843009213693951])] = 0
if b'\x8c' in d0:
    del d0[b'\x8c']
d0[b'\xde\xbf\xc8'] = (3,)
d0[frozenset([2305843009213693952])] = 324
d0[frozenset([-1267650600228229401496703205376, 2305843009213693951, -1])] = 2.5
print(d0.get(frozenset([100000000000000000003, 47, 2305843009213693951])), frozenset([100000000000000000003, 47, 2305843009213693951]) in d0, len(d0))
if b'Q \x99\xb0^' in d0:
    del d0[b'Q \x99\xb0^']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
