# generated program 93 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['35', 30, 62, frozenset([27, 38, -2])])}
d0['Ünïcödé85'] = 'x' * 3
x = 276877914
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['naïve'] = 0
if frozenset([-1, 18446744073709551623, -1]) in d0:
    del d0[frozenset([-1, 18446744073709551623, -1])]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0.clear()
print(d0.setdefault(frozenset([2305843009213693952, 100000000000000000068, -1]), 0))
d0.update([('41', 1)], extra=0)
print(d0.setdefault(2305843009213693951, -7))
d0[100000000000000000066] = 'v'
if frozenset([-45, 100000000000000000033, -10]) in d0:
    del d0[frozenset([-45, 100000000000000000033, -10])]
if d0:
    print(d0.popitem())
if frozenset([]) in d0:
    del d0[frozenset([])]
d0.update([(frozenset([-2, 2305843009213693951]), 1)], extra=(3,))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
