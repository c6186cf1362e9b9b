# generated program 83 (tests/probe/gen_programs.py)
d0 = {}
d0[False] = 'v'
d0.update([(True, 1)], extra=2.5)
d0[b''] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b'B'] = 1
d0[False] = 'v'
d0[b'W\x9f\x87'] = 0
d0[False] = (3,)
x = 185913187
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(frozenset([2305843009213693951]), 1)], extra=2.5)
d0.update([(b'\x00', 1)], extra=[1, 2])
x = 643833172
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {2305843009213693951: 'x' * 3, -2: 38}
d1[18446744073709551620] = (3,)
d1[-1] = None
print(d1.pop(18446744073709551623, 'missing'))
d1[2305843009213693952] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
