# generated program 60 (tests/probe/gen_programs.py)
d0 = {}
if 'key69' in d0:
    del d0['key69']
d0['a34'] = None
x = 303277102
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['дом70'] = 'v'
d0['𝄞71'] = 1
print(d0.get('b'), 'b' in d0, len(d0))
d0.update([('key', 1)], extra=-7)
d0['é52'] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys((1.1805916207174113e+21, 4.25, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx36', 0.1, frozenset([18446744073709551616, 100000000000000000091]), 'ß', 'apple', frozenset([96, 743561, 2305843009213693952]), 3.141592653589793, '', -0.0, False, True, 'café79', 'дом', frozenset([-1, 34])))
d1[False] = None
d1.clear()
d1['kiwi67'] = 'v'
d1[-0.0] = 2.5
d1[1.1805916207174113e+21] = 1
d1.update(d0)
d1[frozenset([327283, -2, -1267650600228229401496703205376])] = None
d1[True] = 'x' * 3
d1[True] = 699
d1['😀'] = [1, 2]
d1[frozenset([-2])] = 'x' * 3
if frozenset([100000000000000000038, 14]) in d1:
    del d1[frozenset([100000000000000000038, 14])]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
