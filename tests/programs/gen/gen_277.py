# generated program 277 (tests/probe/gen_programs.py)
d0 = {}
d0[(-2, )] = 'v'
print(d0.pop(('ß', ), 'missing'))
if frozenset([100000000000000000002, 18446744073709551616, -1267650600228229401496703205376]) in d0:
    del d0[frozenset([100000000000000000002, 18446744073709551616, -1267650600228229401496703205376])]
print(d0.get(frozenset([46])), frozenset([46]) in d0, len(d0))
x = 676197301
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(('apple28', -1267650600228229401496703205376, 'b', ), 1)], extra=-7)
print(d0.pop(frozenset([-1]), 'missing'))
if frozenset([2305843009213693952, 41, -16]) in d0:
    del d0[frozenset([2305843009213693952, 41, -16])]
print(d0.setdefault(b'', [1, 2]))
if b'' in d0:
    del d0[b'']
d0.update([(b'\x1c=d', 1)], extra=2.5)
if () in d0:
    del d0[()]
d0[('é', )] = 1
d0.update([(b'Fi', 1)], extra=2.5)
d0[()] = 'v'
d0[b'\x0bY\x1f]\xe5'] = 1
print(d0.pop((), 'missing'))
x = 977599447
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'\xa2\xf4Y\xf7\xe9'] = -7
d0[frozenset([100000000000000000046, 276468])] = 1
d0[b'\x85'] = 'x' * 3
print(d0.setdefault((748521, 100000000000000000034, ), 2.5))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
