# generated program 13 (tests/probe/gen_programs.py)
d0 = dict(k0='v', k1=1, k2=2.5, k3='v', k4='v', k5='v')
d0['ß'] = 'x' * 3
d0.update([('Ünïcödé', 1)], extra='v')
d0['é'] = -7
if d0:
    print(d0.popitem())
d0['日本'] = 1
d0.update([('pear', 1)], extra=-7)
print(d0.setdefault('a😀', 2.5))
d0['𝄞'] = 1
if d0:
    print(d0.popitem())
print(d0.pop('b82', 'missing'))
d0['café'] = 2.5
x = 849985581
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['28'] = 1
d0['𝄞'] = 139
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'café': 0, frozenset([]): 1, frozenset([39]): 2.5, 'a68': [1, 2], b'\x02\xbel': 'v', frozenset([2305843009213693951, 2305843009213693952]): [1, 2], 'a😀11': None, b'\xa9=': 2.5, b'\xe1': -7, 'kiwi35': [1, 2]}
d1[''] = 2.5
d1.update(d0)
d1['café38'] = 887
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([2305843009213693952, 500195])] = 2.5
print(d1.pop(b'', 'missing'))
d1.update(d0)
d1[b''] = -7
d1[frozenset([18446744073709551623, -1])] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict()
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
if 649712 in d2:
    del d2[649712]
d2[100000000000000000012] = -7
d2[-1267650600228229401496703205376] = 2.5
d2[-1] = 0
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
