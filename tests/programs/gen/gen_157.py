# generated program 157 (tests/probe/gen_programs.py)
d0 = {2305843009213693951: -7, 20: (3,), 16: 1, 1017731: 0, 40: 'v', -3: 'v', -1: 'v', 32: 1, 40: 'v', 24: [1, 2], 9: 'v', 48: (3,), 35: -7, 18446744073709551620: (3,), 376014: 2.5, 31: 1, 0: -7}
d0.update([(-1267650600228229401496703205376, 1)], extra=(3,))
if 11 in d0:
    del d0[11]
d0.update([(2305843009213693952, 1)], extra=[1, 2])
d0[26] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -2 in d0:
    del d0[-2]
if d0:
    print(d0.popitem())
d0[16] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 34 in d0:
    del d0[34]
x = 730240134
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[18446744073709551618] = [1, 2]
d0[-1] = (3,)
d0[2305843009213693951] = 'v'
if d0:
    print(d0.popitem())
d0[100000000000000000094] = None
d0[2305843009213693951] = 2.5
d0.update([(40, 1)], extra=1)
d0[2305843009213693952] = -7
d0.update([(100000000000000000082, 1)], extra=2.5)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
