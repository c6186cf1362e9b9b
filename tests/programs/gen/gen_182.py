# generated program 182 (tests/probe/gen_programs.py)
d0 = dict(k0=(3,), k1=None, k2=None, k3='x' * 3, k4=[1, 2], k5=None, k6=460, k7=[1, 2], k8=None, k9=(3,), k10=589, k11=0)
d0[2305843009213693952] = 2.5
if d0:
    print(d0.popitem())
d0[18446744073709551620] = 0
d0[100000000000000000042] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0[18446744073709551620] = 'x' * 3
if 18446744073709551622 in d0:
    del d0[18446744073709551622]
d0.update([(18446744073709551622, 1)], extra=(3,))
d0.update([(-1, 1)], extra=[1, 2])
print(d0.setdefault(998253, 'v'))
d0[2305843009213693951] = 'x' * 3
print(d0.setdefault(-2, 0))
d0[47] = 0
d0.update([(36, 1)], extra=1)
d0.update([(104, 1)], extra=(3,))
print(d0.pop(24, 'missing'))
if -2 in d0:
    del d0[-2]
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
