# generated program 167 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
if () in d0:
    del d0[()]
d0[100000000000000000049] = 'x' * 3
d0['𝄞47'] = [1, 2]
d0[(1, 'café', )] = 0
x = 603493684
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {frozenset([]): 'v', '': 969, frozenset([4, 56]): 'x' * 3, '𝄞52': None, (): None, 'key47': 'x' * 3, 'apple10': 'v', frozenset([2305843009213693951, 2305843009213693951]): None, frozenset([-1, -1267650600228229401496703205376, 18446744073709551624]): 1, frozenset([-30]): (3,), frozenset([39, 18446744073709551624, 2305843009213693952]): 1}
d1[frozenset([])] = (3,)
d1[(397158, 'é42', )] = -7
if (100000000000000000016, ) in d1:
    del d1[(100000000000000000016, )]
print(d1.pop(frozenset([]), 'missing'))
if d1:
    print(d1.popitem())
d1['日本69'] = [1, 2]
x = 647756250
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[('𝄞', '𝄞66', )] = 389
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get((18446744073709551621, -1, )), (18446744073709551621, -1, ) in d1, len(d1))
d1['😀36'] = (3,)
d1[('a😀', 'kiwi98', )] = 2.5
if '中文30' in d1:
    del d1['中文30']
d1[frozenset([452979, 100000000000000000047])] = [1, 2]
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'é': 2.5}
print(d2.setdefault(('52', '日本55', ), 714))
if 'kiwi' in d2:
    del d2['kiwi']
if d2:
    print(d2.popitem())
if b'\x8a\xac\n\x9d' in d2:
    del d2[b'\x8a\xac\n\x9d']
if 1e+300 in d2:
    del d2[1e+300]
x = 419324123
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[()] = 'x' * 3
d2.update(d0)
print(d2.setdefault(('a81', ), 2.5))
x = 483437102
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 663721479
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
