# generated program 28 (tests/probe/gen_programs.py)
d0 = dict(k0=0, k1=None, k2=(3,), k3=-7)
d0[frozenset([])] = [1, 2]
d0[frozenset([18446744073709551618, 0, -1])] = 0
if True in d0:
    del d0[True]
d0[frozenset([])] = (3,)
if frozenset([18446744073709551618, 80]) in d0:
    del d0[frozenset([18446744073709551618, 80])]
d0[False] = 2.5
print(d0.pop(b'\x8fj<\xc2', 'missing'))
print(d0.setdefault(40, 1))
d0[False] = 1
print(d0.get(b'u\xf4y'), b'u\xf4y' in d0, len(d0))
d0.update([(-1267650600228229401496703205376, 1)], extra=[1, 2])
if True in d0:
    del d0[True]
d0[True] = None
if d0:
    print(d0.popitem())
x = 15624131
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([])] = [1, 2]
if True in d0:
    del d0[True]
d0.update([(False, 1)], extra=1)
d0[18446744073709551616] = -7
if False in d0:
    del d0[False]
d0[-2] = -7
d0[-13] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx69': 0, 'z86': 0}
d1['naïve8'] = 1
d1.update([('café81', 1)], extra=(3,))
if 'дом' in d1:
    del d1['дом']
d1['中文77'] = 'x' * 3
d1['fig'] = 2.5
x = 623898155
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['pear'] = (3,)
d1['é26'] = [1, 2]
d1['Ünïcödé'] = 0
print(d1.pop('b41', 'missing'))
if 'fig26' in d1:
    del d1['fig26']
d1['café86'] = 'x' * 3
d1.clear()
d1['b66'] = (3,)
d1['é71'] = -7
print(d1.get('pear52'), 'pear52' in d1, len(d1))
d1['a43'] = 2.5
d1['key'] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({'b19', '𝄞', 'a59', 'a', 'naïve24', '15'})
d2['z94'] = 489
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 911378493
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 331611012
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['дом49'] = [1, 2]
d2.clear()
x = 91605160
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
