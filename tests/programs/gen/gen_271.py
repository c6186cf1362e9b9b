# generated program 271 (tests/probe/gen_programs.py)
d0 = dict([(8, 1), (frozenset([-1267650600228229401496703205376, 18446744073709551617, 56]), 1), (18446744073709551616, 'v'), (2305843009213693951, 364), (-1, 'v'), (13, 2.5), (30, 744), (frozenset([]), (3,)), (frozenset([]), -7), (7, 1), (frozenset([926287, 964920]), 1), (frozenset([2305843009213693951, 48]), (3,)), (frozenset([]), -7), (104, [1, 2]), (2305843009213693952, [1, 2]), (frozenset([-2, -1267650600228229401496703205376, 38]), 2.5), (-1, 550), (frozenset([18446744073709551624, -2]), (3,)), (2305843009213693951, 1), (0, (3,)), (frozenset([-1]), [1, 2])])
d0[-2] = 1
if 51 in d0:
    del d0[51]
if frozenset([]) in d0:
    del d0[frozenset([])]
d0.clear()
print(d0.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d0, len(d0))
if d0:
    print(d0.popitem())
if frozenset([-1267650600228229401496703205376, -45, -2]) in d0:
    del d0[frozenset([-1267650600228229401496703205376, -45, -2])]
if 18446744073709551623 in d0:
    del d0[18446744073709551623]
if d0:
    print(d0.popitem())
d0[72] = 'v'
d0[-1267650600228229401496703205376] = None
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([104, 1005925])] = None
d0.update([(2305843009213693952, 1)], extra=2.5)
if -1 in d0:
    del d0[-1]
d0.update([(frozenset([-2, 100000000000000000020, 0]), 1)], extra='v')
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if frozenset([-2]) in d0:
    del d0[frozenset([-2])]
x = 875457229
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(frozenset([-24, 48, 100000000000000000040]), 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
