# generated program 110 (tests/probe/gen_programs.py)
d0 = dict(k0=(3,), k1=(3,), k2=[1, 2])
d0[b'\x91\xf5\xc9\xdb_'] = -7
if d0:
    print(d0.popitem())
d0[b'['] = 1
print(d0.get((18446744073709551617, )), (18446744073709551617, ) in d0, len(d0))
x = 638919605
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[(-1267650600228229401496703205376, )] = 810
print(d0.pop((-1, ), 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if b'' in d0:
    del d0[b'']
print(d0.pop(True, 'missing'))
if 'a' in d0:
    del d0['a']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['6'] = [1, 2]
if () in d0:
    del d0[()]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {True: 2.5, (): 'x' * 3, True: (3,), (): [1, 2], ('ß3', ): (3,), ('café25', 'дом42', ): 'x' * 3, ('z82', ): 'x' * 3, b'\x88G\x98': 1, False: 0, True: 0, frozenset([2305843009213693952, -2, -2]): 2.5, frozenset([88]): 'x' * 3, frozenset([2305843009213693951]): 502, frozenset([48]): [1, 2], ('z98', ): None, frozenset([-1, 31528, 1]): None}
if d1:
    print(d1.popitem())
x = 666721705
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if b'\xd0Iq' in d1:
    del d1[b'\xd0Iq']
if False in d1:
    del d1[False]
d1[True] = 353
d1[b'O+\xa7\x95\x0c'] = 0
d1.clear()
if d1:
    print(d1.popitem())
x = 1072593684
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
