# generated program 25 (tests/probe/gen_programs.py)
d0 = dict(k0=317, k1=None, k2=1, k3=[1, 2], k4=1, k5=None, k6=None, k7=2.5, k8=0, k9=103, k10=0, k11=0)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(True, 874))
d0[False] = None
d0['café'] = (3,)
d0[False] = 'v'
d0['pear42'] = 2.5
print(d0.setdefault(True, [1, 2]))
if True in d0:
    del d0[True]
print(d0.setdefault(True, 'x' * 3))
x = 185108026
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 454780727
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('ß42'), 'ß42' in d0, len(d0))
d0['ß'] = [1, 2]
print(d0.pop(False, 'missing'))
d0.update([(True, 1)], extra=2.5)
if False in d0:
    del d0[False]
if False in d0:
    del d0[False]
print(d0.pop(False, 'missing'))
print(d0.get(False), False in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['中文82'] = 1
if d1:
    print(d1.popitem())
d1['a63'] = 'x' * 3
x = 657725698
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
if d1:
    print(d1.popitem())
d1['😀'] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['a😀'] = -7
d1['key'] = 2.5
d1['kiwi64'] = 0
d1.update(d0)
print(d1.pop('日本63', 'missing'))
d1['é28'] = None
print(d1.setdefault('a😀36', 2.5))
d1['😀'] = 'x' * 3
if 'z' in d1:
    del d1['z']
d1.update([('a😀28', 1)], extra=[1, 2])
print(d1.pop('𝄞54', 'missing'))
d1.update(d0)
if d1:
    print(d1.popitem())
if 'pear' in d1:
    del d1['pear']
if 'дом16' in d1:
    del d1['дом16']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
