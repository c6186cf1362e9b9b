# generated program 14 (tests/probe/gen_programs.py)
d0 = {1e+300: -7, 1.1805916207174113e+21: 'x' * 3}
if d0:
    print(d0.popitem())
d0.update([(frozenset([]), 1)], extra=-7)
d0[frozenset([])] = None
if d0:
    print(d0.popitem())
d0[frozenset([-1])] = 0
d0[frozenset([])] = [1, 2]
d0[0.5] = None
if 1e-300 in d0:
    del d0[1e-300]
print(d0.setdefault(False, [1, 2]))
d0[frozenset([1046298, -1267650600228229401496703205376])] = 689
d0[True] = 'x' * 3
d0[3.141592653589793] = 117
d0.update([(False, 1)], extra='v')
d0[True] = 'x' * 3
x = 991136051
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(0.1, 1)], extra=(3,))
d0[1e-300] = 'x' * 3
d0[frozenset([-1])] = [1, 2]
d0[frozenset([-1267650600228229401496703205376, 324122, 16])] = 2.5
d0[frozenset([-2, 30])] = 1
d0.update([(-2.25, 1)], extra=[1, 2])
d0.update([(True, 1)], extra='v')
if frozenset([104]) in d0:
    del d0[frozenset([104])]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
