# generated program 73 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['𝄞', '', 'naïve18', 'fig', 'naïve', 'ключ59', 'a'])}
if 'ß63' in d0:
    del d0['ß63']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'kiwi' in d0:
    del d0['kiwi']
if '𝄞93' in d0:
    del d0['𝄞93']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['kiwi67'] = (3,)
if 'z25' in d0:
    del d0['z25']
if 'ключ45' in d0:
    del d0['ключ45']
print(d0.pop('ß22', 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([(), 'pear29', 'a', False, True, '𝄞77', 2305843009213693951, (-1267650600228229401496703205376, 18446744073709551624, 'b36', ), 'kiwi73', 'a85', 100000000000000000095, ('pear71', 'é59', ), 100000000000000000068, False, 2305843009213693951, 695504, True, 'pear', ('pear', '😀', 100000000000000000006, ), False, -1, False, (), 'key', ('😀', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx53', -20, ), 49, '', -7, '中文28', (2305843009213693952, ), False, False, 'apple74', ('fig', ), True, False, '😀15', -1, 2305843009213693951])}
d1[()] = 1
print(d1.setdefault((), [1, 2]))
x = 487462558
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[False] = (3,)
d1['Ünïcödé36'] = 1
print(d1.setdefault('kiwi', 1))
if (2305843009213693952, 18446744073709551616, ) in d1:
    del d1[(2305843009213693952, 18446744073709551616, )]
d1.update(d0)
d1[False] = -7
d1.update([(False, 1)], extra=1)
d1[(-2, )] = None
d1[False] = 790
d1['中文4'] = -7
d1['😀31'] = -7
d1[2305843009213693952] = 0
print(d1.pop('é', 'missing'))
if d1:
    print(d1.popitem())
if True in d1:
    del d1[True]
print(d1.pop(('a😀', ), 'missing'))
d1[2305843009213693952] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
