# generated program 126 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([100000000000000000000, True])}
d0[2305843009213693952] = [1, 2]
if -2.25 in d0:
    del d0[-2.25]
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
x = 1026323381
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([18446744073709551618, 481689, 125594])] = 46
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys((('ключ', ), 18446744073709551617, ('é75', 17, ), frozenset([]), frozenset([30, 2305843009213693952, 1014866]), frozenset([]), 'pear66'))
x = 551092713
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('ключ', 'missing'))
print(d1.setdefault(frozenset([2305843009213693951, 2305843009213693951]), -7))
d1[frozenset([36, 100000000000000000093, 88])] = [1, 2]
x = 254304786
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[(2305843009213693952, -1, )] = [1, 2]
d1[frozenset([])] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if '中文82' in d1:
    del d1['中文82']
if d1:
    print(d1.popitem())
print(d1.get('apple30'), 'apple30' in d1, len(d1))
if 13 in d1:
    del d1[13]
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
