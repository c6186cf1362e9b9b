# generated program 176 (tests/probe/gen_programs.py)
d0 = {}
if '中文33' in d0:
    del d0['中文33']
print(d0.pop('fig22', 'missing'))
d0.update([('', 1)], extra='x' * 3)
x = 374549793
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('Ünïcödé', 1)], extra='v')
print(d0.get('😀12'), '😀12' in d0, len(d0))
print(d0.pop('Ünïcödé', 'missing'))
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys(range(58), 0)
d1[805826] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[(64, 'é42', )] = None
d1[44] = 478
d1['naïve'] = 'v'
d1['中文81'] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.clear()
if (-1267650600228229401496703205376, '😀23', ) in d1:
    del d1[(-1267650600228229401496703205376, '😀23', )]
d1[18446744073709551616] = -7
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if '日本' in d1:
    del d1['日本']
d1[('дом', 18446744073709551622, 1, )] = 0
d1[-2] = [1, 2]
d1.update([(-2, 1)], extra=1)
d1.clear()
d1.update(d0)
d1[(88, )] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
