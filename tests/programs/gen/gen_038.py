# generated program 38 (tests/probe/gen_programs.py)
d0 = {'дом45': [1, 2], 'kiwi2': 1, 'ключ21': 2.5, 'pear': [1, 2], 'fig70': (3,), 'pear2': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx58': 2.5, 'b': 1, 'a61': [1, 2], 'é38': None, 'z22': 2.5}
d0[''] = -7
d0['fig'] = 2.5
d0['😀'] = 542
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(104, None), (16, None), (-1267650600228229401496703205376, 'v'), (530182, 2.5), (48, -7), (-1267650600228229401496703205376, None), (2305843009213693951, -7), (100000000000000000068, 'v'), (18446744073709551623, 1), (-19, -7), (19, 'x' * 3), (2305843009213693952, -7), (64, [1, 2]), (-1, None), (2305843009213693952, None), (18446744073709551619, [1, 2]), (-2, 2.5), (18446744073709551620, [1, 2])])
x = 541069780
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[18] = 2.5
print(d1.get(20), 20 in d1, len(d1))
d1[-1] = 2.5
x = 589220294
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(-2), -2 in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
d1[-1267650600228229401496703205376] = [1, 2]
d1[2305843009213693951] = -7
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
if 200754 in d1:
    del d1[200754]
x = 515737749
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[100000000000000000054] = 'v'
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 948033130
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault(100000000000000000004, 0))
d1[2305843009213693951] = 'x' * 3
print(d1.setdefault(88, (3,)))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
