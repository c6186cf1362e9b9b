# generated program 191 (tests/probe/gen_programs.py)
d0 = {('', 2305843009213693952, 2305843009213693952, ): 0, '😀77': 2.5, (2305843009213693952, 'key92', 1, ): (3,), False: 'v', (-1267650600228229401496703205376, 45, ): 2.5, frozenset([659940, 100000000000000000063]): 2.5, 'pear': 1, (): 2.5, ('fig', 2305843009213693951, ): 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 11, False: 1, True: 2.5, '日本': [1, 2], False: 2.5, frozenset([2305843009213693952]): 'x' * 3, frozenset([]): None, 'fig76': 0, False: [1, 2]}
if frozenset([100000000000000000064, 18446744073709551616]) in d0:
    del d0[frozenset([100000000000000000064, 18446744073709551616])]
d0[frozenset([])] = 1
print(d0.setdefault(True, 'v'))
if 'fig89' in d0:
    del d0['fig89']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
