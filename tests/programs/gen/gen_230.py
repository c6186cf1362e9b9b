# generated program 230 (tests/probe/gen_programs.py)
d0 = {}
print(d0.pop(b'\xd0u\xd8', 'missing'))
if () in d0:
    del d0[()]
print(d0.setdefault(frozenset([18446744073709551618, 96, -2]), 'x' * 3))
d0[frozenset([])] = 26
if b'\xd8\r8\xc6' in d0:
    del d0[b'\xd8\r8\xc6']
print(d0.setdefault((), (3,)))
if d0:
    print(d0.popitem())
d0[frozenset([53413])] = 'v'
d0[b' \x13\xe2\xff.'] = 'v'
if frozenset([]) in d0:
    del d0[frozenset([])]
if (2305843009213693952, 'a', 'ß', ) in d0:
    del d0[(2305843009213693952, 'a', 'ß', )]
d0[frozenset([-2])] = 2.5
print(d0.get(b''), b'' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if d1:
    print(d1.popitem())
print(d1.pop(frozenset([18446744073709551624, -1267650600228229401496703205376, 45]), 'missing'))
d1[frozenset([2305843009213693951])] = -7
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=0, k1=[1, 2], k2=-7, k3=None, k4=0, k5=1, k6='v', k7=0, k8=None, k9='v', k10=2.5, k11=None)
d2[b'\xbdeD{\xee'] = (3,)
x = 946470545
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['kiwi'] = (3,)
d2.update(d1)
d2.clear()
d2[b'\xfcw\xcf\xad'] = 0
d2.update(d1)
x = 73378289
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if b'\xe5dG' in d2:
    del d2[b'\xe5dG']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[b'\xd4\xa7\x96'] = 'v'
d2['kiwi47'] = 255
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if b'+\xcb\xa0z\x1c' in d2:
    del d2[b'+\xcb\xa0z\x1c']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if d2:
    print(d2.popitem())
if d2:
    print(d2.popitem())
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if d2:
    print(d2.popitem())
d2[b'.%>N'] = None
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
