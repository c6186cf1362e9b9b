# generated program 37 (tests/probe/gen_programs.py)
d0 = {}
x = 168889285
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
d0[0.1] = (3,)
d0[-0.0] = 0
print(d0.setdefault(0.5, 1))
print(d0.setdefault(59, [1, 2]))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[1.5] = 'v'
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys([1e+300, 1.5, 1e-300], None)
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
print(d1.get(198296), 198296 in d1, len(d1))
print(d1.pop(2305843009213693952, 'missing'))
if -0.0 in d1:
    del d1[-0.0]
x = 518666485
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update([(-2, 1)], extra='v')
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
x = 808474316
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[-0.0] = 0
print(d1.pop(-1, 'missing'))
d1[1e-300] = 'x' * 3
d1[-2] = 2.5
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
print(d1.setdefault(-2, (3,)))
if -28 in d1:
    del d1[-28]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
x = 1066114842
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
