# generated program 226 (tests/probe/gen_programs.py)
d0 = dict(k0=None, k1=2.5, k2=2.5, k3=[1, 2], k4=[1, 2], k5=1, k6=956, k7=(3,), k8=0, k9=68, k10=1)
d0[1e+300] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[0.5] = 2.5
if d0:
    print(d0.popitem())
d0[True] = 0
d0[True] = [1, 2]
if True in d0:
    del d0[True]
d0[0.1] = 'v'
d0[-0.0] = (3,)
if 0.1 in d0:
    del d0[0.1]
x = 145569395
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if False in d0:
    del d0[False]
d0[3.141592653589793] = -7
if 1e+300 in d0:
    del d0[1e+300]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
print(d1.pop(100000000000000000044, 'missing'))
d1[-2] = (3,)
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
d1[2305843009213693952] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[18446744073709551617] = (3,)
print(d1.pop(18446744073709551620, 'missing'))
x = 51218344
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[974553] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get(2305843009213693952), 2305843009213693952 in d1, len(d1))
print(d1.setdefault(-2, 'v'))
print(d1.get(18), 18 in d1, len(d1))
d1.update(d0)
if 57 in d1:
    del d1[57]
print(d1.get(32), 32 in d1, len(d1))
d1[2305843009213693951] = None
print(d1.pop(120, 'missing'))
print(d1.setdefault(100000000000000000051, [1, 2]))
d1[100000000000000000088] = 210
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=2.5, k1=None, k2=0, k3=1, k4=None, k5='v')
d2[100000000000000000075] = 606
d2.update([(-44, 1)], extra=2.5)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop(9, 'missing'))
print(d2.setdefault(48, 0))
print(d2.get(3), 3 in d2, len(d2))
d2[2305843009213693952] = 2.5
d2[2305843009213693951] = 2.5
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
