# generated program 179 (tests/probe/gen_programs.py)
d0 = {}
x = 474922470
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[18446744073709551620] = 'x' * 3
print(d0.setdefault(17, 1))
d0.update([(-1, 1)], extra=0)
d0[72] = 2.5
if -1 in d0:
    del d0[-1]
d0[-2] = 587
d0[-22] = 1
d0[-1267650600228229401496703205376] = 0
d0[-2] = -7
d0[-12] = 386
d0[1] = 'x' * 3
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0[2305843009213693951] = None
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 1058923477
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[0] = 1
d1.update(d0)
x = 162327196
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-1] = 1
print(d1.pop(-1, 'missing'))
print(d1.get(-2), -2 in d1, len(d1))
d1[18446744073709551622] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-1267650600228229401496703205376] = 0
d1.update([(2305843009213693952, 1)], extra=None)
print(d1.setdefault(100000000000000000057, (3,)))
d1.update([(-2, 1)], extra=1)
d1[2305843009213693951] = None
d1[119070] = 730
d1[2305843009213693952] = -7
d1[2305843009213693952] = 0
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}.fromkeys(((),))
d2[(18446744073709551618, 96, )] = 'v'
if -0.0 in d2:
    del d2[-0.0]
x = 44331498
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[True] = 577
print(d2.pop(1e+300, 'missing'))
x = 296777595
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[('日本', )] = None
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
