# generated program 76 (tests/probe/gen_programs.py)
d0 = dict([('é', None)])
d0['a😀'] = None
x = 233590471
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('a', 1)], extra=0)
if 'é' in d0:
    del d0['é']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {(-1267650600228229401496703205376, ): 2.5, frozenset([]): 0, (-2, ): 'x' * 3, frozenset([40]): 'v', (-1, 18446744073709551624, ): 2.5, frozenset([96, 23, 18446744073709551619]): 2.5, frozenset([]): 'x' * 3, (): 'x' * 3, ('дом16', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx70', ): 1, frozenset([822593, 2305843009213693951, 2305843009213693951]): 2.5, frozenset([64, 2305843009213693951]): 833, b'\xb5\x81\t': [1, 2], b'': None, b'\x94\xb5': 'x' * 3, b'': 'x' * 3, b'': [1, 2], b'\x89*1': 'x' * 3, b'\x15\t%\xb3': -7, b'': 2.5, frozenset([-1267650600228229401496703205376]): None}
print(d1.pop(frozenset([]), 'missing'))
print(d1.get(b'D\xf6'), b'D\xf6' in d1, len(d1))
print(d1.pop(frozenset([-1, -1, 100000000000000000051]), 'missing'))
d1[b'\x9a\x11{'] = None
x = 1004831946
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault((), -7))
if frozenset([]) in d1:
    del d1[frozenset([])]
d1.update([(frozenset([49, -2]), 1)], extra=1)
print(d1.get(frozenset([-1267650600228229401496703205376, 2305843009213693951])), frozenset([-1267650600228229401496703205376, 2305843009213693951]) in d1, len(d1))
print(d1.setdefault(b'', 2.5))
d1[b'\xf4\xedY\xec\\'] = None
print(d1.pop((), 'missing'))
if (-38, 'b66', 'pear', ) in d1:
    del d1[(-38, 'b66', 'pear', )]
if () in d1:
    del d1[()]
d1[('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', )] = (3,)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([])] = None
d1.update(d0)
print(d1.pop((), 'missing'))
d1[b'\x17g\xb3\xfc'] = 'v'
print(d1.get(frozenset([100000000000000000079, -1, 18446744073709551624])), frozenset([100000000000000000079, -1, 18446744073709551624]) in d1, len(d1))
if () in d1:
    del d1[()]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'a': 'x' * 3, 'ключ': -7, 'a2': [1, 2], 'Ünïcödé30': 2.5}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['café'] = [1, 2]
print(d2.pop('fig', 'missing'))
d2['a😀'] = 2.5
x = 211528584
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
d2.update(d1)
d2['apple'] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[''] = 2.5
print(d2.get('key'), 'key' in d2, len(d2))
d2[''] = 2.5
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['b38'] = 1
print(d2.setdefault('😀', 0))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['naïve90'] = None
d2['中文'] = 'v'
d2['pear84'] = 1
print(d2.get('fig'), 'fig' in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop('z', 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
