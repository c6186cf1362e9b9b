# generated program 100 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[18446744073709551620] = None
print(d0.pop(-2, 'missing'))
d0[-1267650600228229401496703205376] = None
d0.update([(12, 1)], extra=(3,))
print(d0.pop(100000000000000000002, 'missing'))
print(d0.pop(52, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[100000000000000000093] = 0
print(d0.pop(-2, 'missing'))
d0[37] = (3,)
print(d0.get(-1), -1 in d0, len(d0))
if 2 in d0:
    del d0[2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'a51': [1, 2], b'': 'x' * 3, 100000000000000000037: (3,), b'': 689}
d1[b'\xcf'] = 1
x = 757309260
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 1065221640
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[-1267650600228229401496703205376] = 1
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2['日本'] = -7
d2['key1'] = 'v'
print(d2.get('中文74'), '中文74' in d2, len(d2))
d2.clear()
print(d2.pop(-0.0, 'missing'))
if 1e-300 in d2:
    del d2[1e-300]
x = 977280336
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if False in d2:
    del d2[False]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
