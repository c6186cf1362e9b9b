# generated program 170 (tests/probe/gen_programs.py)
d0 = {(): 1, (2305843009213693952, 18446744073709551623, ): None, ('a99', 'é71', 'apple', ): 'v', (28326, 100000000000000000046, ): 742, ('kiwi92', ): -7, frozenset([72]): 'x' * 3, (2305843009213693951, 'z59', 'z', ): 0, (18446744073709551621, ): 'x' * 3, frozenset([]): 2.5, frozenset([-36, -26]): (3,), ('z7', -2, ): -7, frozenset([]): 2.5, frozenset([192657]): 'x' * 3, (-1, ): -7, ('a52', 'a😀', 34, ): 1, (100000000000000000013, ): 786, frozenset([]): None, frozenset([80]): 'x' * 3}
d0[()] = 'v'
d0[frozenset([-1])] = 0
d0[frozenset([2305843009213693952])] = [1, 2]
x = 206072133
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([((-2, '34', ), 1)], extra='v')
print(d0.pop(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx6', 'a😀69', '😀67', ), 'missing'))
d0[(-2, )] = 'v'
print(d0.setdefault(frozenset([-1267650600228229401496703205376, 96]), None))
if d0:
    print(d0.popitem())
d0[frozenset([])] = -7
d0.clear()
d0.update([(('日本82', ), 1)], extra='v')
d0[()] = None
d0[frozenset([])] = None
d0[frozenset([18446744073709551621, 2305843009213693951, 32])] = (3,)
d0[frozenset([34, -39])] = 0
d0[frozenset([88, 2305843009213693951, -1267650600228229401496703205376])] = [1, 2]
d0[()] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if '😀94' in d1:
    del d1['😀94']
if 'z' in d1:
    del d1['z']
d1['中文6'] = 'x' * 3
d1['pear'] = None
x = 156602134
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1['😀9'] = -7
x = 713819402
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['café'] = [1, 2]
d1.update([('𝄞', 1)], extra=None)
if 'дом' in d1:
    del d1['дом']
d1['𝄞'] = -7
d1['apple7'] = 'v'
d1['37'] = [1, 2]
d1['Ünïcödé65'] = 2.5
d1['café'] = 79
d1.update(d0)
d1['中文85'] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 81650698
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 597550507
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {frozenset([36, -48]): 0, False: 'x' * 3, frozenset([2305843009213693951]): 'v', False: 0, False: (3,), frozenset([]): (3,), False: 'v', frozenset([-2]): 'x' * 3, frozenset([492918]): 'v', True: 0, frozenset([56]): [1, 2], frozenset([-1267650600228229401496703205376]): [1, 2], frozenset([13, 18446744073709551619, -1267650600228229401496703205376]): 1, True: 665, frozenset([2305843009213693952, 18446744073709551621, -2]): 515, True: 'v', frozenset([18446744073709551622, 2305843009213693952, 11]): 128, False: (3,)}
d2.clear()
d2.update([(True, 1)], extra=[1, 2])
print(d2.pop(frozenset([-1267650600228229401496703205376, 18446744073709551620]), 'missing'))
d2[frozenset([100000000000000000073, 5582])] = [1, 2]
if False in d2:
    del d2[False]
d2[True] = None
d2[False] = [1, 2]
if True in d2:
    del d2[True]
x = 340249390
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[frozenset([-1, -1267650600228229401496703205376])] = [1, 2]
if False in d2:
    del d2[False]
d2[frozenset([18446744073709551620])] = -7
d2.update(d0)
if False in d2:
    del d2[False]
d2.update([(True, 1)], extra=None)
d2[frozenset([100000000000000000041, 18446744073709551621])] = 0
x = 536149608
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.setdefault(True, 1))
print(d2.pop(False, 'missing'))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
