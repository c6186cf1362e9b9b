# generated program 286 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(range(98), 0)
x = 1032372480
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(True, 1)], extra=-7)
print(d0.get(frozenset([100000000000000000086, 632248])), frozenset([100000000000000000086, 632248]) in d0, len(d0))
d0.update([(frozenset([-1267650600228229401496703205376, 2305843009213693951, 18446744073709551624]), 1)], extra=0)
if d0:
    print(d0.popitem())
d0.update([((100000000000000000080, ), 1)], extra=2.5)
if d0:
    print(d0.popitem())
d0[('z75', 19, 'naïve47', )] = [1, 2]
d0[-2.25] = 'x' * 3
d0.update([(frozenset([56]), 1)], extra=(3,))
print(d0.pop(frozenset([-1]), 'missing'))
print(d0.get(0.1), 0.1 in d0, len(d0))
d0[1e-300] = [1, 2]
d0.update([((2305843009213693951, ), 1)], extra=[1, 2])
x = 624370368
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([-2, -1267650600228229401496703205376])] = 2.5
d0[frozenset([])] = 2.5
d0[True] = 331
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(-0.0, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
