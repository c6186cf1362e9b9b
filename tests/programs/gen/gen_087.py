# generated program 87 (tests/probe/gen_programs.py)
d0 = dict(k0=(3,), k1=-7, k2=2.5, k3=-7, k4=[1, 2], k5=1, k6='x' * 3, k7=0, k8='v', k9=2.5, k10=[1, 2], k11='x' * 3)
if frozenset([-1, -2]) in d0:
    del d0[frozenset([-1, -2])]
d0[b'k'] = 747
d0[frozenset([2305843009213693951])] = 467
d0[frozenset([18446744073709551619])] = 'x' * 3
d0[frozenset([])] = 2.5
print(d0.setdefault(b'A', 'x' * 3))
if b'Y>s' in d0:
    del d0[b'Y>s']
d0[b'=\xde\xf2\x10'] = 0
x = 237625104
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(frozenset([]), 1)], extra=-7)
print(d0.pop(frozenset([]), 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 611525041
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([])] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'b': 1, 'z': 'v', 'Ünïcödé34': 2.5, 'b79': 'x' * 3, 'naïve': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 371, 'fig84': (3,), '😀': (3,), 'café': 488, '😀': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'x' * 3, 'fig': 'x' * 3, 'a': [1, 2], 'дом': 'v', '😀': None, 'z': None, 'pear': [1, 2], 'fig': 'v', 'apple': 'x' * 3, 'a26': 2.5, 'pear42': 2.5, 'a😀': 'x' * 3, 'naïve36': [1, 2], 'café': (3,), '𝄞56': None, 'kiwi': 'x' * 3, 'key46': (3,), 'é': 0, 'a😀': 2.5, 'key': 1, 'café': -7, '中文7': [1, 2], 'ключ80': 70, 'café': 2.5, 'key': None, 'é31': 0, '😀6': 2.5, 'a😀': [1, 2], 'Ünïcödé': 'v', 'Ünïcödé': (3,)}
print(d1.setdefault('b', (3,)))
d1['b'] = (3,)
if 'b' in d1:
    del d1['b']
if 'дом' in d1:
    del d1['дом']
d1['a'] = 2.5
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
if 'Ünïcödé50' in d1:
    del d1['Ünïcödé50']
d1['naïve'] = 1
x = 394557818
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'b' in d1:
    del d1['b']
d1['key21'] = 11
x = 210209475
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['a😀'] = 'x' * 3
d1.update(d0)
d1['日本33'] = 1
d1['b56'] = None
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=-7, k1=None)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 18446744073709551619 in d2:
    del d2[18446744073709551619]
d2[-1] = 'v'
print(d2.setdefault((28, -1267650600228229401496703205376, ), None))
d2[()] = -7
d2[(-2, 'pear36', 'ключ93', )] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[()] = (3,)
if 18446744073709551618 in d2:
    del d2[18446744073709551618]
if (-2, 'дом81', 'apple94', ) in d2:
    del d2[(-2, 'дом81', 'apple94', )]
d2[('𝄞', )] = (3,)
print(d2.pop((100000000000000000043, ), 'missing'))
print(d2.setdefault((), 0))
x = 368986954
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if ('中文', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ) in d2:
    del d2[('中文', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', )]
print(d2.pop(18446744073709551622, 'missing'))
if () in d2:
    del d2[()]
d2[()] = 'v'
x = 675460062
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.setdefault(('中文53', ), [1, 2]))
d2[-2] = 'v'
d2[(18446744073709551623, 104, 18446744073709551622, )] = 1
if 2305843009213693951 in d2:
    del d2[2305843009213693951]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
