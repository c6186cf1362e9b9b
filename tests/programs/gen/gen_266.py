# generated program 266 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([-2.25])}
if d0:
    print(d0.popitem())
if -2.25 in d0:
    del d0[-2.25]
if 1e+300 in d0:
    del d0[1e+300]
if frozenset([8]) in d0:
    del d0[frozenset([8])]
print(d0.setdefault(1e+300, -7))
print(d0.pop(0.5, 'missing'))
d0[0.1] = 796
if frozenset([808092]) in d0:
    del d0[frozenset([808092])]
d0[frozenset([])] = -7
d0[-0.0] = 2.5
d0[1e-300] = (3,)
if 1e-300 in d0:
    del d0[1e-300]
d0.update([(1e+300, 1)], extra='x' * 3)
print(d0.pop(frozenset([-1, 100000000000000000062]), 'missing'))
print(d0.pop(3.141592653589793, 'missing'))
d0[1e+300] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['fig49', 'pear1', '中文30', 'key', 'café38', 'é22', 'z69', 'Ünïcödé29', 'ключ45', 'naïve', '日本', '日本', '日本68', '中文', 'pear', '19', 'pear', 'fig'])}
d1['apple'] = None
if 'café' in d1:
    del d1['café']
if 'kiwi4' in d1:
    del d1['kiwi4']
d1['Ünïcödé'] = 0
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 'v'
d1['é'] = 1
if d1:
    print(d1.popitem())
x = 459884421
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get('key'), 'key' in d1, len(d1))
print(d1.pop('é84', 'missing'))
print(d1.pop('Ünïcödé', 'missing'))
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = (3,)
d1['日本'] = (3,)
if 'z17' in d1:
    del d1['z17']
d1.update(d0)
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx93'] = 0
d1['日本29'] = None
d1['日本44'] = 1
d1['z62'] = [1, 2]
print(d1.setdefault('ß17', 0))
d1['19'] = 1
d1['a😀94'] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict([('日本', [1, 2]), ('дом25', [1, 2])])
d2.update(d1)
if False in d2:
    del d2[False]
d2['apple'] = (3,)
d2[b'\xe0\x89\x01?'] = 0
print(d2.setdefault(b'', None))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
