# generated program 12 (tests/probe/gen_programs.py)
d0 = {}
d0[1.1805916207174113e+21] = 2.5
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0[100000000000000000081] = 1
x = 538767911
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if False in d0:
    del d0[False]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(True, 0))
d0[1e+300] = 2.5
d0[643513] = 'v'
d0.update([(False, 1)], extra='v')
x = 847234422
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 38868624
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(0.1, 1)], extra=0)
if 0.375 in d0:
    del d0[0.375]
if 3.141592653589793 in d0:
    del d0[3.141592653589793]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[0.1] = 'x' * 3
d0.update([(False, 1)], extra=1)
if d0:
    print(d0.popitem())
d0[False] = None
d0.update([(False, 1)], extra=1)
if 1.5 in d0:
    del d0[1.5]
d0[46464] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['é', 'apple', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'])}
d1['a94'] = -7
d1['key70'] = [1, 2]
x = 298254925
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 101032796
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a😀'] = [1, 2]
if 'b51' in d1:
    del d1['b51']
d1['é78'] = -7
print(d1.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'a😀' in d1:
    del d1['a😀']
if 'fig57' in d1:
    del d1['fig57']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'pear20' in d1:
    del d1['pear20']
d1[''] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['kiwi'] = 973
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx58'] = 1
d1.update(d0)
print(d1.pop('a😀', 'missing'))
x = 747105061
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('𝄞', 0))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {**d0}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.setdefault(b'', [1, 2]))
if d2:
    print(d2.popitem())
d2[b'X'] = 0
if True in d2:
    del d2[True]
d2[b'\x82t\xb3'] = 2.5
d2[False] = 0
print(d2.setdefault(frozenset([100000000000000000082, 18446744073709551616, 2305843009213693952]), 'v'))
print(d2.get(True), True in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if False in d2:
    del d2[False]
print(d2.setdefault(frozenset([]), [1, 2]))
print(d2.setdefault(frozenset([0, 100000000000000000069]), -7))
d2.update([(b'*', 1)], extra=250)
d2[False] = None
if frozenset([-1267650600228229401496703205376, 28]) in d2:
    del d2[frozenset([-1267650600228229401496703205376, 28])]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[b'\xee\x06\xbb\xdc'] = (3,)
print(d2.setdefault(frozenset([-1267650600228229401496703205376, 18446744073709551619, 2305843009213693951]), 1))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[frozenset([209541, 2305843009213693952])] = 'x' * 3
print(d2.get(b'qz'), b'qz' in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
