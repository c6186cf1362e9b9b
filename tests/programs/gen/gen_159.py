# generated program 159 (tests/probe/gen_programs.py)
d0 = {}
d0[frozenset([])] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b''] = [1, 2]
print(d0.setdefault(frozenset([57]), 'v'))
x = 289690284
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(frozenset([]), 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if frozenset([104, 16]) in d0:
    del d0[frozenset([104, 16])]
d0.update([(frozenset([-2, 40, -1267650600228229401496703205376]), 1)], extra=None)
if b'\xd3Yb' in d0:
    del d0[b'\xd3Yb']
print(d0.setdefault(b'\xdb@\xf1', 0))
d0.update([(frozenset([-2]), 1)], extra=2.5)
d0[frozenset([100000000000000000006, -26, 461487])] = (3,)
d0[b'9\x19'] = (3,)
x = 114121026
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if frozenset([]) in d0:
    del d0[frozenset([])]
d0[frozenset([])] = [1, 2]
d0[b'2\xbe'] = 'x' * 3
x = 95001239
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(frozenset([0, 32]), 1)], extra=1)
if frozenset([18446744073709551619]) in d0:
    del d0[frozenset([18446744073709551619])]
if b'\xb2' in d0:
    del d0[b'\xb2']
if b'\xbena' in d0:
    del d0[b'\xbena']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
