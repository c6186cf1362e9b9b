# generated program 118 (tests/probe/gen_programs.py)
d0 = {}
d0[18446744073709551620] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 6868494
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[463943] = 830
d0.update([(18446744073709551620, 1)], extra='x' * 3)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([('naïve1', 'v'), ('дом14', 617), ('Ünïcödé52', 0), ('ß56', 1)])
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx90' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx90']
print(d1.setdefault('a86', 1))
d1['ключ51'] = [1, 2]
print(d1.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx73'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx73' in d1, len(d1))
print(d1.pop('дом54', 'missing'))
print(d1.pop('57', 'missing'))
if d1:
    print(d1.popitem())
d1.update(d0)
d1.update([('é70', 1)], extra=[1, 2])
d1['𝄞72'] = 'v'
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx71' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx71']
if 'b' in d1:
    del d1['b']
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = d0.copy()
d2[16] = None
x = 159645656
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[100000000000000000012] = 2.5
d2[100000000000000000026] = 929
d2.update([(2305843009213693952, 1)], extra=-7)
d2[100000000000000000038] = 'x' * 3
if 18446744073709551617 in d2:
    del d2[18446744073709551617]
print(d2.setdefault(1032822, 'v'))
print(d2.setdefault(20, (3,)))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.update([(2305843009213693951, 1)], extra='v')
x = 908871320
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[18446744073709551622] = [1, 2]
x = 241830681
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 221203658
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.get(2305843009213693951), 2305843009213693951 in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
