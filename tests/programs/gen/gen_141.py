# generated program 141 (tests/probe/gen_programs.py)
d0 = {}
d0['z'] = (3,)
d0['z55'] = -7
d0.update([('café', 1)], extra='x' * 3)
d0['b17'] = 1
print(d0.pop('b59', 'missing'))
d0.clear()
d0['apple83'] = 379
d0[''] = (3,)
x = 886209991
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['fig86'] = 'v'
d0['ключ54'] = 2.5
x = 247777215
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['a'] = 'v'
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx34' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx34']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
