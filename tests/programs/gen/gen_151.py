# generated program 151 (tests/probe/gen_programs.py)
d0 = {}
d0['a84'] = 697
if 'naïve96' in d0:
    del d0['naïve96']
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = (3,)
if d0:
    print(d0.popitem())
d0['𝄞'] = 12
x = 481511127
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['ключ'] = 'v'
d0['日本81'] = None
d0['a😀2'] = -7
if 'café' in d0:
    del d0['café']
d0['z'] = [1, 2]
d0.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx23', 1)], extra=0)
d0['ß'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '日本16' in d0:
    del d0['日本16']
if 'z' in d0:
    del d0['z']
d0.update([('é34', 1)], extra=2.5)
print(d0.pop('😀25', 'missing'))
x = 139863314
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['日本'] = (3,)
print(d0.pop('ключ82', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ß'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0='x' * 3, k1=0, k2=(3,), k3='x' * 3, k4=-7, k5=(3,))
d1[1e-300] = 'x' * 3
print(d1.setdefault((), 2.5))
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-0.0] = 859
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault(0.1, [1, 2]))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-1267650600228229401496703205376] = 'v'
d1.update(d0)
if 'fig59' in d1:
    del d1['fig59']
print(d1.get(2305843009213693951), 2305843009213693951 in d1, len(d1))
d1[('a😀20', 52, 'naïve', )] = [1, 2]
print(d1.pop(-0.0, 'missing'))
d1['дом64'] = 'x' * 3
if 2 in d1:
    del d1[2]
d1[('中文', )] = None
d1.update([(('pear22', 100000000000000000073, ), 1)], extra=2.5)
d1['a😀5'] = 0
d1[()] = [1, 2]
d1[1e+300] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
