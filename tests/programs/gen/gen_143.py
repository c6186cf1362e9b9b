# generated program 143 (tests/probe/gen_programs.py)
d0 = {}
d0[frozenset([])] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(frozenset([46, -1267650600228229401496703205376, -1]), 'missing'))
d0[('𝄞', 'kiwi56', 46, )] = 'x' * 3
d0.update([(frozenset([18446744073709551624, -2]), 1)], extra=0)
d0[(578577, -2, )] = None
d0.update([(frozenset([]), 1)], extra=1)
if d0:
    print(d0.popitem())
print(d0.setdefault(frozenset([70699, 18446744073709551624]), [1, 2]))
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
d1['b57'] = 1
print(d1.setdefault('ß', -7))
if 'é' in d1:
    del d1['é']
d1['中文11'] = [1, 2]
d1.update([('', 1)], extra='x' * 3)
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx62' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx62']
d1['ключ'] = 'v'
d1['𝄞63'] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
