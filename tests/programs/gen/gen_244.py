# generated program 244 (tests/probe/gen_programs.py)
d0 = {}
d0[False] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx35' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx35']
if 'Ünïcödé64' in d0:
    del d0['Ünïcödé64']
d0.update([(True, 1)], extra=1)
print(d0.setdefault(-37, (3,)))
d0.update([('ß', 1)], extra=-7)
if d0:
    print(d0.popitem())
d0[11] = 1
d0['é85'] = None
if b'Y\xbc' in d0:
    del d0[b'Y\xbc']
if b'\xea\xd4\x19\x06' in d0:
    del d0[b'\xea\xd4\x19\x06']
d0[13] = 0
d0[b''] = 0
if 'a' in d0:
    del d0['a']
d0['naïve75'] = 'x' * 3
d0['apple'] = 1
print(d0.setdefault(True, 2.5))
x = 790867402
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
x = 453758685
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[b'\xd6\x82}'] = 824
d1[b':\x05w\xf2'] = [1, 2]
x = 526768612
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if frozenset([3, 88]) in d1:
    del d1[frozenset([3, 88])]
d1[b''] = None
if b'\xa4MQ\xfbU' in d1:
    del d1[b'\xa4MQ\xfbU']
print(d1.get(frozenset([105695, 100000000000000000088])), frozenset([105695, 100000000000000000088]) in d1, len(d1))
if b'\x9f' in d1:
    del d1[b'\x9f']
print(d1.setdefault(b'\xa3\xc1\xfb_', 0))
d1[frozenset([44])] = (3,)
if frozenset([]) in d1:
    del d1[frozenset([])]
d1[frozenset([32, -1])] = 'x' * 3
if b'A\xf6<tg' in d1:
    del d1[b'A\xf6<tg']
d1[b'\xc3y\xff\xd0Y'] = -7
d1.clear()
print(d1.get(frozenset([2305843009213693951, -1267650600228229401496703205376])), frozenset([2305843009213693951, -1267650600228229401496703205376]) in d1, len(d1))
print(d1.get(frozenset([-2, 38])), frozenset([-2, 38]) in d1, len(d1))
x = 17111995
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(frozenset([2305843009213693952, 2305843009213693952])), frozenset([2305843009213693952, 2305843009213693952]) in d1, len(d1))
print(d1.get(b'\xd2\xff\x8f-d'), b'\xd2\xff\x8f-d' in d1, len(d1))
x = 271671504
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[frozenset([56])] = None
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=2.5, k1='v', k2=(3,), k3='v', k4=782, k5=2.5, k6=957, k7=(3,), k8=[1, 2], k9=431, k10=(3,), k11=715)
d2[-1267650600228229401496703205376] = (3,)
x = 288849077
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.get(35), 35 in d2, len(d2))
d2[-1] = -7
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx20' in d2:
    del d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx20']
if False in d2:
    del d2[False]
d2[False] = 943
d2[941269] = 14
print(d2.setdefault(b'\xc1', [1, 2]))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[b''] = 2.5
d2.update([('Ünïcödé', 1)], extra=-7)
d2['a34'] = [1, 2]
d2['kiwi'] = 0
if b'\x9ca[\xd6' in d2:
    del d2[b'\x9ca[\xd6']
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
