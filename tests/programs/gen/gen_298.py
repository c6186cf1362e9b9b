# generated program 298 (tests/probe/gen_programs.py)
d0 = {}.fromkeys(('дом20',))
print(d0.get(frozenset([12774, 100000000000000000055, -2])), frozenset([12774, 100000000000000000055, -2]) in d0, len(d0))
print(d0.get(frozenset([])), frozenset([]) in d0, len(d0))
x = 454844118
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if frozenset([35, 24, -1267650600228229401496703205376]) in d0:
    del d0[frozenset([35, 24, -1267650600228229401496703205376])]
d0['Ünïcödé66'] = [1, 2]
x = 203963059
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('b52'), 'b52' in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(frozenset([2305843009213693952]), 'missing'))
if d0:
    print(d0.popitem())
d0[frozenset([100000000000000000026, 827332, 2305843009213693952])] = -7
d0['Ünïcödé'] = 1
d0['a'] = 454
d0[()] = None
d0['b'] = 620
if '😀' in d0:
    del d0['😀']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[()] = 'v'
if d0:
    print(d0.popitem())
d0.update([('fig72', 1)], extra='x' * 3)
x = 456113073
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(('a93', '😀', 0, ), 1)], extra=None)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
