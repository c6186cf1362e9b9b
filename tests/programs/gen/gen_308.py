# generated program 308 (tests/probe/gen_programs.py)
d0 = dict(k0=(3,), k1=0, k2=[1, 2], k3=575, k4='x' * 3, k5=None, k6='v', k7=2.5, k8=[1, 2], k9=[1, 2], k10=2.5, k11=None)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(frozenset([21]), 'missing'))
print(d0.pop(4.5, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([64])] = 'x' * 3
print(d0.pop(1.5, 'missing'))
x = 789475748
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(frozenset([34, 2305843009213693952]), 'missing'))
d0[frozenset([-1, 389250])] = 2.5
d0.clear()
d0[0.1] = (3,)
x = 469305454
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([2305843009213693951])] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(frozenset([80, 18446744073709551619]), 'v'))
d0[frozenset([])] = 264
if frozenset([0, -16, 2305843009213693951]) in d0:
    del d0[frozenset([0, -16, 2305843009213693951])]
d0[1.1805916207174113e+21] = [1, 2]
x = 425852715
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-0.0] = 792
d0[frozenset([])] = 0
x = 248143784
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[1e+300] = None
d0[frozenset([32, -2])] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
