# generated program 58 (tests/probe/gen_programs.py)
d0 = {'дом': 2.5, 'café74': 0, '😀20': 0, 'pear1': (3,), 'fig75': -7, 'Ünïcödé7': 0, 'key': 0, 'b': None, 'Ünïcödé58': 0, 'b': -7, 'key': None, 'kiwi37': (3,), 'naïve': (3,), '中文': 788, '中文63': 0, '😀': [1, 2], 'b': 'x' * 3}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('дом96', 'v'))
d0.update([('😀', 1)], extra=[1, 2])
d0['a😀'] = 'v'
print(d0.setdefault('apple', 1))
d0.update([('apple33', 1)], extra='v')
d0['ключ70'] = None
d0['a12'] = (3,)
d0['key'] = None
print(d0.pop('café', 'missing'))
d0.update([('é', 1)], extra=-7)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('b', 743))
d0['naïve49'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([frozenset([18446744073709551617]), frozenset([]), frozenset([161120]), frozenset([24]), False, ('z97', 'Ünïcödé', ), frozenset([]), ('日本', '𝄞51', 'café', ), frozenset([2305843009213693952, -1267650600228229401496703205376, 2305843009213693952]), frozenset([-6]), True, True, False, (), frozenset([]), (), frozenset([-1267650600228229401496703205376, -31]), frozenset([-2]), (), ('a😀', -39, ), (), False, frozenset([]), frozenset([100000000000000000079]), (150663, 2305843009213693952, 'дом', ), frozenset([-2, 16, 6]), True, ('日本', '97', -2, ), frozenset([38, -1267650600228229401496703205376, -1267650600228229401496703205376]), False, ('😀23', 18446744073709551616, 'é79', ), frozenset([2305843009213693952]), frozenset([-1267650600228229401496703205376]), frozenset([])])}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get(frozenset([100000000000000000023, 100000000000000000084])), frozenset([100000000000000000023, 100000000000000000084]) in d1, len(d1))
if d1:
    print(d1.popitem())
x = 743534776
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if ('z', 'é', 2305843009213693951, ) in d1:
    del d1[('z', 'é', 2305843009213693951, )]
d1[('café', -2, 'b', )] = 'x' * 3
d1[frozenset([])] = 'v'
d1.update(d0)
x = 526376650
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1[frozenset([2305843009213693951, 35])] = -7
d1[False] = None
if frozenset([28]) in d1:
    del d1[frozenset([28])]
if d1:
    print(d1.popitem())
d1.update(d0)
d1.update([(False, 1)], extra=None)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[frozenset([-1267650600228229401496703205376, -18, 2305843009213693952])] = 'v'
d1[frozenset([-1267650600228229401496703205376, 2305843009213693951])] = (3,)
d1[frozenset([18446744073709551617, 355828])] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
