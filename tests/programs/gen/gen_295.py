# generated program 295 (tests/probe/gen_programs.py)
d0 = dict(k0=0, k1='v', k2=2.5)
if d0:
    print(d0.popitem())
d0.clear()
print(d0.setdefault(61, 1))
d0.update([(18446744073709551623, 1)], extra=94)
d0[frozenset([2305843009213693951])] = 2.5
d0[frozenset([-1])] = 679
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
