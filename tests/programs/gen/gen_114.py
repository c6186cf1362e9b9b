# generated program 114 (tests/probe/gen_programs.py)
d0 = {}
d0.update([(100000000000000000008, 1)], extra=682)
d0.update([(658490, 1)], extra=(3,))
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
print(d0.get(2305843009213693951), 2305843009213693951 in d0, len(d0))
if -1 in d0:
    del d0[-1]
print(d0.pop(2305843009213693951, 'missing'))
d0[-7] = 0
if -1 in d0:
    del d0[-1]
d0.clear()
d0[55] = 'v'
print(d0.pop(-1, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=(3,), k1=(3,), k2='v', k3=(3,), k4=(3,), k5=2.5, k6=(3,), k7=[1, 2], k8=0, k9=1, k10=321, k11=1)
x = 458553080
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a37'] = None
d1['日本99'] = 1
print(d1.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx79', 'missing'))
d1.update([('ß20', 1)], extra=1)
d1.update(d0)
d1['apple18'] = (3,)
d1['apple34'] = -7
if '😀' in d1:
    del d1['😀']
d1['key44'] = 'x' * 3
if 'é5' in d1:
    del d1['é5']
x = 5211783
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['é62'] = [1, 2]
d1['a😀'] = -7
if 'a😀' in d1:
    del d1['a😀']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['fig91'] = 2.5
print(d1.get('naïve'), 'naïve' in d1, len(d1))
if 'fig75' in d1:
    del d1['fig75']
print(d1.pop('', 'missing'))
if '中文62' in d1:
    del d1['中文62']
d1.update(d0)
d1['café'] = [1, 2]
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate(['𝄞', True, 'fig33', 'apple'])}
d2[True] = None
d2['z35'] = [1, 2]
d2['日本'] = None
print(d2.pop(frozenset([2305843009213693951]), 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
