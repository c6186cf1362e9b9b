# generated program 240 (tests/probe/gen_programs.py)
d0 = {}
print(d0.get('Ünïcödé5'), 'Ünïcödé5' in d0, len(d0))
d0['Ünïcödé'] = (3,)
print(d0.setdefault('Ünïcödé86', (3,)))
d0.update([('z93', 1)], extra=2.5)
d0.clear()
d0['é'] = [1, 2]
d0['apple38'] = 0
d0['key66'] = [1, 2]
x = 478625367
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 568334636
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if '😀24' in d0:
    del d0['😀24']
if 'apple12' in d0:
    del d0['apple12']
x = 206382126
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('ключ', 'missing'))
if 'a😀' in d0:
    del d0['a😀']
d0.update([('a😀', 1)], extra=0)
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx18' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx18']
print(d0.pop('key94', 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
d1[-1267650600228229401496703205376] = 'v'
print(d1.setdefault(('😀64', ), 2.5))
x = 278691669
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
