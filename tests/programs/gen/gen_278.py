# generated program 278 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['é', -2.25, 'ß70', 0.1])}
d0.update([(-0.0, 1)], extra='x' * 3)
d0.update([(1.1805916207174113e+21, 1)], extra=[1, 2])
d0[frozenset([2305843009213693951, -1])] = 568
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
