# generated program 180 (tests/probe/gen_programs.py)
d0 = dict(k0='x' * 3, k1=0, k2='x' * 3, k3='v', k4=2.5, k5=1, k6=0, k7=(3,), k8=[1, 2], k9=[1, 2])
d0.update([('apple', 1)], extra=(3,))
if 'key0' in d0:
    del d0['key0']
print(d0.get('apple'), 'apple' in d0, len(d0))
d0['z'] = -7
print(d0.pop('fig', 'missing'))
d0['日本47'] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
print(d1.setdefault('é87', [1, 2]))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault('59', 2.5))
d1['pear99'] = 874
d1['key56'] = 'v'
if d1:
    print(d1.popitem())
print(d1.get('😀'), '😀' in d1, len(d1))
if d1:
    print(d1.popitem())
x = 247521471
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'z' in d1:
    del d1['z']
d1.update([('日本', 1)], extra=1)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
