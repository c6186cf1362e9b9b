# generated program 249 (tests/probe/gen_programs.py)
d0 = dict(k0=-7, k1=987, k2='x' * 3, k3=95, k4=2.5, k5=[1, 2], k6=[1, 2], k7=-7, k8=[1, 2], k9=1)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 750025996
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 684528272
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1] = None
print(d0.get(23), 23 in d0, len(d0))
x = 901957039
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[80] = (3,)
d0[540102] = 0
print(d0.pop(100000000000000000035, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1267650600228229401496703205376] = 1
d0[17] = 0
d0[-2] = 161
d0[112] = 'x' * 3
d0.update([(-1, 1)], extra='x' * 3)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
if 'дом' in d1:
    del d1['дом']
d1['key'] = 0
d1.update(d0)
d1['é93'] = [1, 2]
d1.update(d0)
if 'a😀' in d1:
    del d1['a😀']
d1['apple'] = 132
x = 822088925
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 817863406
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = [1, 2]
d1.clear()
d1[''] = 'v'
d1.update([('b44', 1)], extra=-7)
d1.update([('pear25', 1)], extra='v')
print(d1.pop('ß', 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {**d0}
d2['Ünïcödé'] = (3,)
print(d2.setdefault('a', 53))
x = 100864049
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['apple'] = -7
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
