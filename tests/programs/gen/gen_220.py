# generated program 220 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['ключ52', 'ключ74', 'pear69', 'é23', 'ключ20', 'é88'])}
d0['中文'] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
if 'kiwi' in d0:
    del d0['kiwi']
x = 182334314
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['ключ20'] = 'x' * 3
d0['z'] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
if d1:
    print(d1.popitem())
x = 59233529
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(()), () in d1, len(d1))
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get((590117, '9', )), (590117, '9', ) in d1, len(d1))
d1[frozenset([])] = None
d1.update([(frozenset([-1, -3, 100000000000000000051]), 1)], extra=-7)
x = 622949063
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
