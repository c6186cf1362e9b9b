# generated program 107 (tests/probe/gen_programs.py)
d0 = {-0.0: None, 0.5: 'x' * 3, 18446744073709551621: 2.5, 'a😀46': None, '😀54': (3,), 8: None, 1e+300: 2.5, -1267650600228229401496703205376: 878, '': None, 'naïve': 0, 5.5: 2.5, -2.25: 2.5, -1267650600228229401496703205376: (3,), 0.1: 695, 100000000000000000048: 1, 'Ünïcödé33': 0, (-2, 'ключ', ): None, 1.5: 1}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(-32, 'missing'))
x = 409629406
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0[1.5] = -7
d0['apple'] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1)], extra='v')
if '𝄞' in d0:
    del d0['𝄞']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
if 'b69' in d1:
    del d1['b69']
if 'z' in d1:
    del d1['z']
d1['naïve5'] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get('apple'), 'apple' in d1, len(d1))
d1['é30'] = 1
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {**d1}
print(d2.pop('a', 'missing'))
x = 676049823
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 1
x = 153693635
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
d2['café81'] = 785
print(d2.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx67', 0))
x = 100257931
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['b'] = 0
if 'ключ' in d2:
    del d2['ключ']
d2['naïve'] = [1, 2]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
