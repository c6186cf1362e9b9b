# generated program 209 (tests/probe/gen_programs.py)
d0 = {}
d0['Ünïcödé'] = [1, 2]
d0['pear18'] = (3,)
d0.update([('é', 1)], extra='x' * 3)
d0['𝄞'] = 'v'
d0['b98'] = 252
print(d0.get('a81'), 'a81' in d0, len(d0))
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ключ72'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ключ27'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('apple', 1)], extra=396)
d0.clear()
d0['ключ'] = 1
x = 765048364
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'b' in d0:
    del d0['b']
d0['z28'] = [1, 2]
x = 17552349
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['a'] = 0
d0['Ünïcödé'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
d1['日本'] = 2.5
d1['kiwi9'] = 2.5
print(d1.pop('😀92', 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'ß78' in d1:
    del d1['ß78']
d1['key'] = 2.5
if 'fig' in d1:
    del d1['fig']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault('𝄞', None))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=(3,), k1=0, k2=1, k3='x' * 3, k4='v', k5=2.5, k6=402, k7='x' * 3, k8=1, k9=749)
d2[701519] = -7
d2.update(d1)
d2[3] = (3,)
d2.update(d1)
d2[-2] = (3,)
d2[758568] = 'v'
x = 651470243
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop(100000000000000000093, 'missing'))
d2[-2] = 'x' * 3
if 499903 in d2:
    del d2[499903]
if 100000000000000000097 in d2:
    del d2[100000000000000000097]
if d2:
    print(d2.popitem())
d2[884025] = [1, 2]
d2.clear()
d2.clear()
print(d2.get(46), 46 in d2, len(d2))
d2[-1] = None
print(d2.pop(377374, 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
