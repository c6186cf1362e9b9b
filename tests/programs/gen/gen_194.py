# generated program 194 (tests/probe/gen_programs.py)
d0 = dict()
print(d0.setdefault(0.1, 0))
if 64 in d0:
    del d0[64]
if d0:
    print(d0.popitem())
if 'café12' in d0:
    del d0['café12']
if 'дом' in d0:
    del d0['дом']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-2.25] = 'v'
x = 520485306
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 3.141592653589793 in d0:
    del d0[3.141592653589793]
if 1e+300 in d0:
    del d0[1e+300]
d0.update([(-2, 1)], extra=[1, 2])
print(d0.pop('😀70', 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'𝄞': 'v', 'key': None, '𝄞31': (3,), 'apple': 42}
if 'z31' in d1:
    del d1['z31']
print(d1.get('日本61'), '日本61' in d1, len(d1))
d1[''] = 0
d1['café'] = 2.5
d1['ß'] = [1, 2]
d1.clear()
if 'apple' in d1:
    del d1['apple']
d1['Ünïcödé'] = (3,)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1['a😀42'] = 278
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if '日本45' in d1:
    del d1['日本45']
d1['ключ13'] = 2.5
if 'z' in d1:
    del d1['z']
d1['ß'] = 'x' * 3
print(d1.get('fig91'), 'fig91' in d1, len(d1))
print(d1.get('a😀56'), 'a😀56' in d1, len(d1))
d1['café73'] = 2.5
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
