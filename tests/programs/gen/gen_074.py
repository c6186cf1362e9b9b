# generated program 74 (tests/probe/gen_programs.py)
d0 = {'café': 1, frozenset([141887]): [1, 2], frozenset([48]): 2.5}
print(d0.setdefault('é34', 2.5))
d0.update([(2305843009213693952, 1)], extra=-7)
if 'pear' in d0:
    del d0['pear']
print(d0.get(100000000000000000098), 100000000000000000098 in d0, len(d0))
d0[frozenset([-2])] = 1
d0[100000000000000000071] = [1, 2]
d0[32] = 'v'
if -2 in d0:
    del d0[-2]
if frozenset([20]) in d0:
    del d0[frozenset([20])]
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
d0[frozenset([100000000000000000008])] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
