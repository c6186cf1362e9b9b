# generated program 128 (tests/probe/gen_programs.py)
d0 = {14: 'v', 100000000000000000014: -7, False: 2.5, -2.25: 266, 1.5: (3,), 12.25: 2.5, -2: 429, -0.0: (3,), -0.0: 0, 1.5: 1, False: 2.5, False: 0, True: None, True: None, False: 2.5, False: [1, 2], 2305843009213693951: 1}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(18446744073709551616), 18446744073709551616 in d0, len(d0))
x = 79243280
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 0.1 in d0:
    del d0[0.1]
print(d0.get(1.1805916207174113e+21), 1.1805916207174113e+21 in d0, len(d0))
d0[-1267650600228229401496703205376] = 'x' * 3
d0[False] = 0
x = 406799099
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(49, 1)], extra='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[False] = (3,)
d0.update([(1.5, 1)], extra=[1, 2])
x = 341036249
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693951] = -7
if True in d0:
    del d0[True]
d0[1.1805916207174113e+21] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[2305843009213693951] = 'x' * 3
d0.update([(-2, 1)], extra=None)
if d0:
    print(d0.popitem())
d0.update([(34, 1)], extra='v')
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
