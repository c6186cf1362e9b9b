# generated program 3 (tests/probe/gen_programs.py)
d0 = {}
d0['café29'] = 'x' * 3
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
d0['pear'] = 350
if '' in d0:
    del d0['']
print(d0.get('дом40'), 'дом40' in d0, len(d0))
d0.clear()
d0['дом63'] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(-2, 991), (100000000000000000021, 2.5), (16, 'v'), (-1267650600228229401496703205376, (3,)), (8, [1, 2]), (21, 1), (-1, 0), (-1, 'v'), (48, 166), (444597, 'x' * 3), (13, None), (24, 39), (-1267650600228229401496703205376, 'x' * 3), (56, -7), (-2, [1, 2]), (165780, None), (-25, 2.5), (-1267650600228229401496703205376, -7), (-1267650600228229401496703205376, 'v'), (-1267650600228229401496703205376, 'x' * 3), (2305843009213693951, [1, 2]), (0, 2.5), (2305843009213693952, 30), (47, 1), (-1, (3,)), (2305843009213693951, 'v'), (2305843009213693952, 619), (34721, [1, 2]), (-1, 0), (8, 1), (12, (3,)), (2305843009213693952, 2.5), (-38, 'v'), (-1267650600228229401496703205376, [1, 2])])
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
x = 70733204
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(34), 34 in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-2] = [1, 2]
d1[-1] = -7
d1.update([(31, 1)], extra=[1, 2])
d1.clear()
x = 579646024
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 10929966
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[35] = 'x' * 3
if -2 in d1:
    del d1[-2]
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
x = 281794609
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[18446744073709551622] = (3,)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
print(d1.setdefault(32, None))
if d1:
    print(d1.popitem())
print(d1.setdefault(2305843009213693952, None))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get(8), 8 in d1, len(d1))
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
