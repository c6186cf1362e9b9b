# generated program 24 (tests/probe/gen_programs.py)
d0 = {}
d0['𝄞94'] = 2.5
if 'kiwi1' in d0:
    del d0['kiwi1']
d0['ключ'] = 614
if '😀69' in d0:
    del d0['😀69']
d0['key65'] = 'v'
d0['apple64'] = None
if d0:
    print(d0.popitem())
d0.update([('𝄞', 1)], extra=[1, 2])
x = 812976691
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞'] = 2.5
d0['日本'] = 'v'
if d0:
    print(d0.popitem())
print(d0.get('pear'), 'pear' in d0, len(d0))
d0['fig75'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([frozenset([-46]), frozenset([29, 80]), False, frozenset([23]), frozenset([47]), frozenset([2305843009213693951, 2305843009213693952, 324162]), -1, frozenset([]), 562235, frozenset([]), 56, 2305843009213693952, False, frozenset([100000000000000000057, 404265, 100000000000000000074]), 2305843009213693951, frozenset([]), -2, True, frozenset([]), 18446744073709551616, frozenset([]), 2305843009213693951, 2305843009213693952, frozenset([40, 18446744073709551619]), False, 18446744073709551617, 14, 28, frozenset([-1267650600228229401496703205376, 64]), -1267650600228229401496703205376, False, frozenset([-1267650600228229401496703205376]), False])}
if frozenset([2305843009213693952]) in d1:
    del d1[frozenset([2305843009213693952])]
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[False] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
x = 489569790
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if b'\x0bP' in d2:
    del d2[b'\x0bP']
if 1.5 in d2:
    del d2[1.5]
d2['apple'] = None
d2['дом29'] = 1
if 'fig' in d2:
    del d2['fig']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.update([('95', 1)], extra=0)
print(d2.pop('中文17', 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
