# generated program 75 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault(-1, -7))
print(d0.get(48), 48 in d0, len(d0))
x = 186477287
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693951] = None
if d0:
    print(d0.popitem())
print(d0.get(0), 0 in d0, len(d0))
print(d0.setdefault(18446744073709551624, 'x' * 3))
if -2 in d0:
    del d0[-2]
print(d0.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d0, len(d0))
d0[2305843009213693952] = None
d0[-2] = 1
if 100000000000000000080 in d0:
    del d0[100000000000000000080]
print(d0.get(2305843009213693952), 2305843009213693952 in d0, len(d0))
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
x = 861119497
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0[1012768] = 1
if -1 in d0:
    del d0[-1]
if 24 in d0:
    del d0[24]
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
x = 153836927
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693952] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict()
x = 637020869
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['ключ7'] = 'v'
if d1:
    print(d1.popitem())
d1['a2'] = 2.5
d1['é'] = [1, 2]
print(d1.setdefault('𝄞', (3,)))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'a88' in d1:
    del d1['a88']
print(d1.pop('é', 'missing'))
d1.update(d0)
x = 447461916
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
print(d1.setdefault('key', 1))
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
