# generated program 216 (tests/probe/gen_programs.py)
d0 = {2.5: 'v', (): [1, 2], True: -7, (): 2.5, True: 2.5, (-1267650600228229401496703205376, -18, -1267650600228229401496703205376, ): 2.5, ('日本', -1267650600228229401496703205376, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx49', ): [1, 2], -2.25: -7, False: (3,), (-1, ): [1, 2]}
d0[frozenset([])] = 2.5
d0[frozenset([704764, 2305843009213693951])] = 'v'
x = 139231946
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 252152833
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([-1])] = 891
d0.clear()
d0[3.141592653589793] = -7
d0.update([(1e+300, 1)], extra=[1, 2])
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['日本'] = 145
d1['ключ'] = (3,)
if 'ß7' in d1:
    del d1['ß7']
d1.update(d0)
if 'key10' in d1:
    del d1['key10']
if 'b34' in d1:
    del d1['b34']
d1['z'] = -7
if '日本20' in d1:
    del d1['日本20']
if '𝄞' in d1:
    del d1['𝄞']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys([frozenset([]), frozenset([-2, -1]), frozenset([100000000000000000062, 100000000000000000050]), frozenset([-1]), ('ключ56', ), 'Ünïcödé', frozenset([18446744073709551623, -2, 72]), frozenset([]), 0.1, frozenset([]), frozenset([2305843009213693951, 18446744073709551624, -2]), 'é', ('Ünïcödé87', ), ('café51', ), 'fig74', frozenset([-1267650600228229401496703205376, -1, 2305843009213693951]), 0.1, frozenset([])], 1)
d2['дом79'] = 'v'
if 'naïve33' in d2:
    del d2['naïve33']
x = 655601983
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.setdefault('😀', 1))
d2.update(d1)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[(2305843009213693952, )] = None
if frozenset([9, -1267650600228229401496703205376, 112]) in d2:
    del d2[frozenset([9, -1267650600228229401496703205376, 112])]
d2.update([('中文43', 1)], extra=-7)
d2.update(d0)
print(d2.get(frozenset([2305843009213693951, 23, -2])), frozenset([2305843009213693951, 23, -2]) in d2, len(d2))
d2[frozenset([2305843009213693952])] = 1
d2[(-1, )] = 585
print(d2.get(('ключ19', 608041, )), ('ключ19', 608041, ) in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx66', 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
