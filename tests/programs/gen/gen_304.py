# generated program 304 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({True: 1, False: 1, 1e+300: 1, 1.5: 1, 1e+300: 1, 1.1805916207174113e+21: 1, frozenset([2305843009213693952, -1267650600228229401496703205376]): 1, frozenset([]): 1, 1.5: 1, False: 1, True: 1, frozenset([2305843009213693951, 2305843009213693951, 735390]): 1, 1.5: 1, True: 1, 1e-300: 1, frozenset([-1267650600228229401496703205376, -1]): 1, False: 1}, 'v')
x = 71547087
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(True), True in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[3.141592653589793] = -7
d0.update([(frozenset([32, 100000000000000000051, 18446744073709551620]), 1)], extra=0)
print(d0.setdefault(frozenset([2305843009213693952, -1267650600228229401496703205376, -42]), -7))
d0[-2.25] = 0
print(d0.get(1e-300), 1e-300 in d0, len(d0))
d0[True] = 2.5
d0[1.1805916207174113e+21] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx19': 'v', 'a😀': 0, 'b2': 1, 'ключ16': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'v', '𝄞2': None, 'a😀85': 18, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None, 'a😀17': -7, 'key': 'x' * 3}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get('apple'), 'apple' in d1, len(d1))
d1['b88'] = 0
print(d1.get('ß'), 'ß' in d1, len(d1))
d1['fig'] = 1
print(d1.get('ключ'), 'ключ' in d1, len(d1))
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
d1['b83'] = (3,)
d1.update(d0)
if 'дом98' in d1:
    del d1['дом98']
x = 838787079
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['😀'] = 2.5
d1['2'] = 2.5
print(d1.setdefault('naïve43', 0))
d1['a😀80'] = 0
d1.clear()
x = 921020207
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get('kiwi'), 'kiwi' in d1, len(d1))
d1['café'] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
