# generated program 150 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([-1267650600228229401496703205376])] = 165
d0.update([(frozenset([]), 1)], extra=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx78', 'missing'))
if 'é' in d0:
    del d0['é']
d0['a😀'] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['café54'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(frozenset([33, 120])), frozenset([33, 120]) in d0, len(d0))
d0[frozenset([18446744073709551619, -2])] = 1
if frozenset([-1267650600228229401496703205376]) in d0:
    del d0[frozenset([-1267650600228229401496703205376])]
d0.update([('café', 1)], extra=[1, 2])
if frozenset([-40, -2, -1]) in d0:
    del d0[frozenset([-40, -2, -1])]
d0[frozenset([])] = 191
print(d0.pop('é', 'missing'))
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 351
d0[frozenset([14, -1])] = 0
d0['apple33'] = [1, 2]
if d0:
    print(d0.popitem())
d0[frozenset([2305843009213693952, 478300])] = 1
x = 400316796
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('café', None))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {712114: 437, -1: 0, 10: 0, -2: 798, -1267650600228229401496703205376: 2.5, -1267650600228229401496703205376: 2.5, 63: [1, 2], 100000000000000000069: -7, 581998: (3,), -1: 949}
d1[-2] = 342
d1[276919] = 2.5
if d1:
    print(d1.popitem())
d1[-1] = 'v'
d1[27] = 0
d1[488125] = 845
print(d1.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}.fromkeys(('日本89', 'дом', '𝄞', 'ключ83'))
if 'z' in d2:
    del d2['z']
d2['b'] = 1
if 'key81' in d2:
    del d2['key81']
print(d2.get(''), '' in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
