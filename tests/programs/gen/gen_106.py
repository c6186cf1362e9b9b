# generated program 106 (tests/probe/gen_programs.py)
d0 = dict(k0=1, k1=-7, k2=[1, 2], k3=1, k4=0, k5='v', k6=(3,), k7=441, k8=2.5, k9=(3,), k10=(3,), k11='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b'\xa2\xba'] = 805
if b'\xe7\x11\xc4' in d0:
    del d0[b'\xe7\x11\xc4']
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {('Ünïcödé91', '日本', ): [1, 2], 'apple33': [1, 2], (520719, ): 'v', 0.5: 1, '中文': 933, '': (3,), (): 'v', (): 0, (957514, 'é', 48, ): 'x' * 3, (): 2.5, ('дом5', 'é', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ): 'x' * 3, '日本': 0, (): -7, 0.5: 36, 'key': [1, 2], 'naïve52': 'x' * 3, -2.25: [1, 2], 'fig33': 0, (-1267650600228229401496703205376, 'é66', 'a', ): -7, ('é9', 'z', 18446744073709551616, ): 2.5}
x = 1057240539
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[0.5] = [1, 2]
print(d1.pop((-1267650600228229401496703205376, ), 'missing'))
if 'key' in d1:
    del d1['key']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[3.141592653589793] = None
print(d1.get(1e-300), 1e-300 in d1, len(d1))
d1[1.1805916207174113e+21] = 0
if d1:
    print(d1.popitem())
print(d1.get('é'), 'é' in d1, len(d1))
d1[('дом', 'pear64', -1, )] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 0.5 in d1:
    del d1[0.5]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=2.5, k1=-7)
if 104 in d2:
    del d2[104]
d2[('𝄞24', )] = (3,)
d2.clear()
print(d2.setdefault(994094, 'v'))
d2.clear()
if 18446744073709551620 in d2:
    del d2[18446744073709551620]
if -20 in d2:
    del d2[-20]
x = 517805969
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[2305843009213693951] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.update([((-1267650600228229401496703205376, 28, ), 1)], extra=1)
d2[('ß43', 3, )] = [1, 2]
d2[-32] = 2.5
x = 777119697
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
d2[2305843009213693951] = None
print(d2.pop((), 'missing'))
d2[(18446744073709551618, 'z88', '日本', )] = [1, 2]
x = 993691610
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 1725108
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[(18446744073709551617, 2305843009213693952, 17, )] = 2.5
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
