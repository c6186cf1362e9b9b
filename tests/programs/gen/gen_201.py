# generated program 201 (tests/probe/gen_programs.py)
d0 = {'ключ97': [1, 2], 'дом': None, 'дом': 835, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None, 'naïve56': None, 'é73': 241, 'b4': 2.5, 'a😀18': None, 'a': -7, 'b': None, 'z87': 0, 'ß98': 1, '日本91': 1, 'kiwi': -7, '日本36': None, '😀62': 'v', 'café': 468, 'Ünïcödé': 1}
d0.update([('z', 1)], extra=2.5)
d0['ключ66'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['23'] = 393
x = 934399716
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0['Ünïcödé'] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {1e-300: [1, 2], 0.5: 2.5, 'é': -7, '中文': 2.5, -0.0: 'x' * 3}
d1[frozenset([])] = (3,)
d1[8.75] = 2.5
d1[frozenset([18446744073709551623, 62])] = 0
x = 643770194
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get(1.1805916207174113e+21), 1.1805916207174113e+21 in d1, len(d1))
if d1:
    print(d1.popitem())
print(d1.get('é37'), 'é37' in d1, len(d1))
d1['a😀99'] = 2.5
d1[frozenset([])] = 2.5
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
d1['a😀43'] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[4.875] = -7
print(d1.get(frozenset([18446744073709551617, -2, 392575])), frozenset([18446744073709551617, -2, 392575]) in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
