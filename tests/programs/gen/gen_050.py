# generated program 50 (tests/probe/gen_programs.py)
d0 = {b'\xf0\xd7\x05\xcc': None, True: 0, b'n\xd6\xc5': 'x' * 3, b'\xd5\xe8\x80\x97!': 2.5, frozenset([32, 2305843009213693951, -1]): 2.5, False: 0, False: (3,), frozenset([-2]): 'x' * 3, frozenset([2305843009213693952]): 1, False: None, 2305843009213693951: None, frozenset([]): 0, frozenset([]): 0, True: (3,), 944601: (3,), 112: [1, 2], b'\xd4': None, True: -7, frozenset([2305843009213693951, 32]): 648, frozenset([-1267650600228229401496703205376, 2305843009213693952, 41]): 2.5}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 1015355169
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 728111740
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([2305843009213693952, 100000000000000000061])] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(frozenset([140928])), frozenset([140928]) in d0, len(d0))
if frozenset([64]) in d0:
    del d0[frozenset([64])]
print(d0.pop(96, 'missing'))
if frozenset([]) in d0:
    del d0[frozenset([])]
d0.update([(2305843009213693951, 1)], extra='v')
if False in d0:
    del d0[False]
x = 780066227
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
x = 3383397
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[frozenset([13, 100000000000000000085])] = 1
print(d1.setdefault(0.5, 'v'))
d1[-2.25] = 2.5
if frozenset([37, -1267650600228229401496703205376, 2]) in d1:
    del d1[frozenset([37, -1267650600228229401496703205376, 2])]
d1[(100000000000000000025, )] = 381
if () in d1:
    del d1[()]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['fig'] = (3,)
d1.update([(frozenset([-1267650600228229401496703205376, -1, 208429]), 1)], extra=1)
d1['a78'] = (3,)
d1['a😀'] = 0
d1[frozenset([858684])] = (3,)
d1.update(d0)
if 'fig' in d1:
    del d1['fig']
d1[1e-300] = 0
if () in d1:
    del d1[()]
d1[('a😀', )] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
