# generated program 82 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([2305843009213693952, 2305843009213693951, -1, 584569, -44, 17, 18446744073709551617, -2, 2305843009213693952, 100000000000000000079, -2, -32, -1, 2305843009213693951, 73835])}
d0.update([(100000000000000000013, 1)], extra=(3,))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1267650600228229401496703205376] = [1, 2]
d0[-1267650600228229401496703205376] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -1 in d0:
    del d0[-1]
print(d0.get(-1), -1 in d0, len(d0))
x = 975276430
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(-1267650600228229401496703205376, 1)], extra=None)
x = 698487782
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[731861] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(2305843009213693952), 2305843009213693952 in d0, len(d0))
x = 63530631
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0[18446744073709551617] = None
d0[-44] = [1, 2]
print(d0.get(2305843009213693952), 2305843009213693952 in d0, len(d0))
d0[64] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(437569, 'x' * 3), (745981, [1, 2])])
d1[-1267650600228229401496703205376] = (3,)
d1.clear()
d1[0] = 0
if 702495 in d1:
    del d1[702495]
d1[159978] = -7
d1[21] = 0
d1[100000000000000000030] = 217
d1[639367] = 'v'
d1.update(d0)
d1[88] = (3,)
print(d1.get(2305843009213693951), 2305843009213693951 in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
