# generated program 187 (tests/probe/gen_programs.py)
d0 = dict(k0=2.5, k1=None)
d0['apple74'] = 0
d0['дом'] = -7
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
print(d0.get('Ünïcödé90'), 'Ünïcödé90' in d0, len(d0))
if 'café54' in d0:
    del d0['café54']
d0['a15'] = 'x' * 3
d0['дом'] = 0
d0[''] = 516
d0['ключ84'] = (3,)
d0.update([('key', 1)], extra='v')
d0.update([('a', 1)], extra=0)
x = 641366096
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('日本', 'v'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {717923: 190, 16: 0, 18446744073709551620: 1, 35: 147, 100000000000000000090: 1, -29: 207, 18: [1, 2], 20: 585, 40: None, 702296: (3,), 26: None, 21: 678, 2305843009213693951: 'v', 56: 2.5, -1: 'x' * 3, -1267650600228229401496703205376: 0, 40: -7, 100000000000000000051: [1, 2], 478874: 1, 2305843009213693951: 19, -1: (3,), -1: -7, 100000000000000000077: None, -2: 1, -2: [1, 2], -2: 'x' * 3, 2305843009213693951: 2.5, 2305843009213693951: 'v', -1: 'x' * 3, 18446744073709551616: (3,), 30: 'x' * 3, -16: 2.5, 100000000000000000071: 0, 61: 'x' * 3}
d1[-2] = [1, 2]
if 56 in d1:
    del d1[56]
d1[26] = 'x' * 3
d1[-2] = 'x' * 3
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
d1[-1267650600228229401496703205376] = 505
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 607865 in d1:
    del d1[607865]
d1[-1] = (3,)
if 0 in d1:
    del d1[0]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if -2 in d1:
    del d1[-2]
print(d1.setdefault(24, 548))
d1[26] = 2.5
d1[96] = -7
d1[100000000000000000070] = 'v'
if 100000000000000000096 in d1:
    del d1[100000000000000000096]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
