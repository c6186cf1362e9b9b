# generated program 139 (tests/probe/gen_programs.py)
d0 = {}
d0[frozenset([49, 32, 18446744073709551623])] = 1
d0[3.141592653589793] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([100000000000000000098])] = None
print(d0.pop(frozenset([-1267650600228229401496703205376, -2]), 'missing'))
d0[1.1805916207174113e+21] = (3,)
d0[frozenset([18446744073709551624])] = -7
if -2 in d0:
    del d0[-2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 1039847949
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1] = None
d0.update([(208339, 1)], extra=0)
print(d0.get(-1), -1 in d0, len(d0))
d0[112] = None
d0[-0.0] = (3,)
x = 876224764
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if frozenset([60]) in d0:
    del d0[frozenset([60])]
x = 297206811
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([2305843009213693951, 100000000000000000028, 100000000000000000013])] = (3,)
print(d0.get(0.1), 0.1 in d0, len(d0))
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
