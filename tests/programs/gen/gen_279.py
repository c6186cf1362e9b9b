# generated program 279 (tests/probe/gen_programs.py)
d0 = {frozenset([]): 'v', ('a', ): 'v', frozenset([-1267650600228229401496703205376, 2305843009213693952, 2305843009213693951]): None, (962047, 'ß', 100000000000000000062, ): 1, b'J\xd2\xbe\x0f\x04': 1, -48: 1}
d0[frozenset([-1267650600228229401496703205376, 2305843009213693952])] = [1, 2]
d0[b''] = None
if 100000000000000000090 in d0:
    del d0[100000000000000000090]
d0[805839] = 0
d0[b'4\x90Z\xf4}'] = (3,)
x = 756354631
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[('ключ', )] = 2.5
if d0:
    print(d0.popitem())
if frozenset([-1267650600228229401496703205376]) in d0:
    del d0[frozenset([-1267650600228229401496703205376])]
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {True: -7, False: 592, 2305843009213693951: 1, 554129: 1, frozenset([18446744073709551624, 100000000000000000085, 2305843009213693952]): None, True: 1, frozenset([2305843009213693952]): 'v', 277380: None, True: 'x' * 3, frozenset([18446744073709551619]): [1, 2], True: 0}
print(d1.pop(frozenset([-48, -1267650600228229401496703205376]), 'missing'))
d1.update(d0)
d1[True] = [1, 2]
d1[frozenset([])] = -7
print(d1.pop(True, 'missing'))
print(d1.setdefault(False, None))
if frozenset([]) in d1:
    del d1[frozenset([])]
print(d1.get(True), True in d1, len(d1))
d1[-1] = 0
d1.update([(frozenset([771280]), 1)], extra=(3,))
if d1:
    print(d1.popitem())
d1[True] = None
if d1:
    print(d1.popitem())
d1.clear()
if 100000000000000000018 in d1:
    del d1[100000000000000000018]
print(d1.pop(2305843009213693952, 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
if 'key' in d2:
    del d2['key']
d2['67'] = 2.5
d2.clear()
print(d2.get('pear13'), 'pear13' in d2, len(d2))
d2.clear()
print(d2.setdefault('𝄞', (3,)))
if 'z' in d2:
    del d2['z']
d2['café'] = 0
print(d2.pop('日本', 'missing'))
d2['pear'] = (3,)
if 'b' in d2:
    del d2['b']
d2['é9'] = [1, 2]
d2['😀46'] = 946
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.get('Ünïcödé3'), 'Ünïcödé3' in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
