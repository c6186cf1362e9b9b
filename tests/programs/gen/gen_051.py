# generated program 51 (tests/probe/gen_programs.py)
d0 = dict([])
if frozenset([]) in d0:
    del d0[frozenset([])]
d0.clear()
d0[frozenset([])] = 'x' * 3
print(d0.setdefault(True, 1))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop((104, 'z89', ), 'missing'))
d0[False] = 'x' * 3
d0[frozenset([])] = 'x' * 3
if d0:
    print(d0.popitem())
if (-1, 'ß31', '𝄞98', ) in d0:
    del d0[(-1, 'ß31', '𝄞98', )]
d0[-2.25] = -7
d0[False] = -7
x = 912843950
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[()] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([])] = 'x' * 3
print(d0.setdefault(1.5, 2.5))
if d0:
    print(d0.popitem())
d0[1e+300] = 2.5
d0.update([((-1267650600228229401496703205376, ), 1)], extra=[1, 2])
x = 207382270
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'pear': 639, 'Ünïcödé77': 2.5, '😀': 725}
d1['é'] = 2.5
d1['pear79'] = 'v'
d1['café'] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx53' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx53']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
