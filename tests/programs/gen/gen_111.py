# generated program 111 (tests/probe/gen_programs.py)
d0 = {}
if 465164 in d0:
    del d0[465164]
if 8 in d0:
    del d0[8]
d0[2305843009213693951] = -7
d0.update([(-1267650600228229401496703205376, 1)], extra=2.5)
if -3 in d0:
    del d0[-3]
x = 211026005
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(-2, [1, 2]))
print(d0.setdefault(4, (3,)))
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 169163929
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1267650600228229401496703205376] = 'v'
x = 872144684
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0[-11] = 'x' * 3
d0.update([(2305843009213693951, 1)], extra=None)
if -1 in d0:
    del d0[-1]
d0[50] = [1, 2]
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
print(d0.pop(-1, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {-1: 'x' * 3, -2: 160, 2305843009213693951: [1, 2], 2305843009213693951: 'v', -39: None, 36: 'x' * 3, 899043: 0, -2: 524, 18446744073709551623: -7, -1267650600228229401496703205376: 'v', 64: 'v'}
d1[2305843009213693952] = [1, 2]
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
d1[50] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
