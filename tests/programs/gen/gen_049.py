# generated program 49 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault(b' \xa0\xb9', 1))
x = 834587967
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(0.1, 1)], extra=1)
d0[b'\xbb'] = -7
if d0:
    print(d0.popitem())
print(d0.setdefault(-2.25, 1))
print(d0.setdefault(b'\xa9', -7))
d0[-1] = 2.5
d0.update([(1e+300, 1)], extra=2.5)
d0.update([(b'\xeeg', 1)], extra=43)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {False: 1, True: 0, (18446744073709551618, -2, ): 0, 'é22': 'x' * 3, False: -7, 'apple15': 1, True: 'v', ('', ): 'v', 'café': 'v', (18446744073709551622, ): 1, True: [1, 2], (): 455, ('😀', ): None, (104, -2, 20, ): 1, (): None, 'Ünïcödé': 'v', 'b63': (3,), False: 'x' * 3, (): 1, False: -7, (18446744073709551621, ): 273, False: -7, (): 'x' * 3, (2305843009213693951, 'é29', ): -7, (): 'v', True: 'x' * 3, (-1, 72, ): -7, 'fig': 1, True: 1, False: 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx66': 2.5, (587959, 'a😀', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ): 'x' * 3, ('pear', ): [1, 2]}
x = 605749273
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[False] = 2.5
if d1:
    print(d1.popitem())
d1['𝄞'] = (3,)
d1[False] = [1, 2]
if 'kiwi90' in d1:
    del d1['kiwi90']
if d1:
    print(d1.popitem())
x = 435935554
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
