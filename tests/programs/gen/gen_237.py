# generated program 237 (tests/probe/gen_programs.py)
d0 = {frozenset([21, 64]): 1}
if d0:
    print(d0.popitem())
if 'naïve' in d0:
    del d0['naïve']
d0.update([('ключ', 1)], extra=[1, 2])
if d0:
    print(d0.popitem())
if 'дом' in d0:
    del d0['дом']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([])] = -7
print(d0.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[0.1] = [1, 2]
print(d1.get(1e+300), 1e+300 in d1, len(d1))
if d1:
    print(d1.popitem())
d1.update(d0)
print(d1.pop(2.25, 'missing'))
print(d1.pop(-2.25, 'missing'))
d1.update(d0)
print(d1.pop('ключ19', 'missing'))
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx90' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx90']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('apple', 1)], extra=None)
d1.clear()
x = 1035994238
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1['z35'] = 1
d1['a'] = None
d1.clear()
d1['key38'] = -7
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = d1.copy()
d2['pear'] = -7
if d2:
    print(d2.popitem())
if 'z45' in d2:
    del d2['z45']
if 'pear' in d2:
    del d2['pear']
d2['a64'] = 'x' * 3
if d2:
    print(d2.popitem())
if d2:
    print(d2.popitem())
d2['café'] = 1
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['kiwi58'] = -7
if 'naïve52' in d2:
    del d2['naïve52']
d2['b'] = None
d2['日本'] = 902
d2['a😀0'] = [1, 2]
d2['😀'] = [1, 2]
if 'pear' in d2:
    del d2['pear']
d2['😀'] = (3,)
d2['日本93'] = -7
print(d2.pop('дом67', 'missing'))
d2.clear()
d2['𝄞'] = 'v'
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
