# generated program 319 (tests/probe/gen_programs.py)
d0 = {frozenset([556039]): 'x' * 3, 2305843009213693952: 'x' * 3}
print(d0.setdefault(frozenset([]), 'v'))
if 100000000000000000061 in d0:
    del d0[100000000000000000061]
d0[frozenset([])] = 1
d0[16] = -7
d0.update([(frozenset([-2]), 1)], extra=(3,))
print(d0.get(frozenset([])), frozenset([]) in d0, len(d0))
x = 589159347
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([730376, 64])] = 'x' * 3
if frozenset([2305843009213693952, 2305843009213693951, 62]) in d0:
    del d0[frozenset([2305843009213693952, 2305843009213693951, 62])]
print(d0.setdefault(frozenset([]), 0))
d0[18446744073709551623] = 'v'
d0[2305843009213693952] = 1
x = 627462897
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
if 100000000000000000063 in d1:
    del d1[100000000000000000063]
print(d1.pop(-1, 'missing'))
if 18446744073709551621 in d1:
    del d1[18446744073709551621]
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
d1[9] = None
d1[2305843009213693951] = 'v'
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[16] = 416
d1.update([(35, 1)], extra='v')
d1[11] = [1, 2]
d1[647126] = 1
d1[840404] = [1, 2]
d1[100000000000000000022] = 'x' * 3
print(d1.pop(2305843009213693951, 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-1] = -7
x = 809316626
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 664452741
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[54] = 'x' * 3
print(d1.get(-1), -1 in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'é': 0, 'café34': 'x' * 3, '𝄞92': -7, 'b90': 'x' * 3}
x = 603370437
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if '' in d2:
    del d2['']
x = 817167785
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 132209530
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
