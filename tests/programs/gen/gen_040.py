# generated program 40 (tests/probe/gen_programs.py)
d0 = dict([(-1267650600228229401496703205376, 1), (-1, 1), (True, None), (100000000000000000041, None), (False, 856), (True, 1), (18446744073709551616, 'x' * 3), (-2, 'x' * 3), (True, 'v'), (True, 1), (False, 0), (-1267650600228229401496703205376, [1, 2]), (False, 'v'), (2305843009213693951, (3,)), (False, None), (False, 'v'), (18446744073709551617, None), (-1267650600228229401496703205376, -7), (48, 'v'), (True, None), (2305843009213693952, 2.5)])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(49, 1)], extra=None)
if d0:
    print(d0.popitem())
d0[False] = 'x' * 3
if d0:
    print(d0.popitem())
d0.update([(False, 1)], extra=(3,))
if False in d0:
    del d0[False]
if True in d0:
    del d0[True]
d0[100000000000000000020] = 0
d0[22] = 0
d0[True] = [1, 2]
print(d0.setdefault(2305843009213693952, 2.5))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 433890931
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[4] = 0
x = 606193166
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(False), False in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
if True in d0:
    del d0[True]
d0[False] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[2305843009213693951] = 'x' * 3
d1.update(d0)
x = 373192364
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop(-2, 'missing'))
d1[-1267650600228229401496703205376] = (3,)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[56] = None
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
if -2 in d1:
    del d1[-2]
x = 851180952
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update([(2305843009213693951, 1)], extra=(3,))
x = 686802054
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[823703] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'kiwi39': (3,), 'ключ91': 756, 'Ünïcödé99': 0, 'ключ9': -7, 'naïve26': 0, 'naïve50': 1, 'café': 102, 'a40': (3,), 'fig': 'x' * 3, '😀76': (3,), 'z': 263, '😀': -7, 'дом': 370, 'b': -7, '': 'v', 'z': [1, 2], 'z46': [1, 2], 'b81': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx26': 2.5, '': 334, 'z16': 1, 'ß': [1, 2], 'b': 0, 'fig': 1, 'key39': 'x' * 3, 'pear30': None, 'ключ58': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx29': 2.5, 'é39': -7, 'pear': None, 'café': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 0, 'a': 2.5, 'pear88': -7}
d2['a'] = [1, 2]
d2['中文84'] = 849
print(d2.get('a'), 'a' in d2, len(d2))
d2.update(d1)
d2['中文54'] = None
print(d2.pop('𝄞2', 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
