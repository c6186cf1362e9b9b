# generated program 39 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([(), ('key78', ), '中文', (18446744073709551618, ), (-1, 202672, -1267650600228229401496703205376, ), ('ключ83', 'Ünïcödé65', ), 'b37', 'a😀33', (), (21, ), 'ключ93'])}
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
d0[(-1, )] = 1
d0['naïve'] = 'x' * 3
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['z63'] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[()] = 'x' * 3
d0['😀97'] = 'v'
d0[('fig', -2, )] = 'v'
d0[('naïve', 2305843009213693952, )] = 2.5
d0[(-2, 2305843009213693951, -1267650600228229401496703205376, )] = 1
d0.update([('z7', 1)], extra=2.5)
d0.update([('kiwi0', 1)], extra=-7)
d0[()] = None
d0[()] = 'x' * 3
d0.update([('😀4', 1)], extra=(3,))
d0['z'] = (3,)
if 'ß46' in d0:
    del d0['ß46']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=(3,), k1=1, k2=0, k3=0, k4=(3,), k5=65, k6=1, k7=2.5, k8=2.5, k9=[1, 2], k10=(3,))
d1.update(d0)
if frozenset([32]) in d1:
    del d1[frozenset([32])]
x = 513527946
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
x = 797343313
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(False), False in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
