# generated program 41 (tests/probe/gen_programs.py)
d0 = dict(k0='v', k1=792, k2=715, k3=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[36] = 'v'
if d0:
    print(d0.popitem())
d0[-1] = 2.5
if -1 in d0:
    del d0[-1]
d0.clear()
print(d0.setdefault(-14, 184))
d0[100000000000000000053] = -7
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
d0[2305843009213693952] = 0
print(d0.get(22), 22 in d0, len(d0))
d0[-1] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
