# generated program 192 (tests/probe/gen_programs.py)
d0 = {False: 1, True: 411}
d0[frozenset([15832, 214998, 2305843009213693952])] = 'x' * 3
d0[False] = (3,)
d0[True] = None
x = 411616253
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(False, 'missing'))
d0[frozenset([10])] = (3,)
x = 181724148
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[frozenset([56, 356166, -1])] = [1, 2]
if False in d0:
    del d0[False]
if False in d0:
    del d0[False]
if False in d0:
    del d0[False]
print(d0.pop(False, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 226336414
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[True] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
