# generated program 202 (tests/probe/gen_programs.py)
d0 = {49: 2.5, 18446744073709551617: 'v', 2305843009213693952: 'x' * 3, -2: None, 45: 1, -2: (3,), -1: 2.5, 16: 0, 100000000000000000018: -7, -1267650600228229401496703205376: 'x' * 3, -33: 'v', 1: 'x' * 3, 48: None, 100000000000000000096: None, 20: 736, -1: -7, -1267650600228229401496703205376: 0, -14: 140, 18446744073709551621: 'x' * 3, 864990: 2.5}
x = 116522094
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(60, 1)], extra=[1, 2])
if 100000000000000000055 in d0:
    del d0[100000000000000000055]
print(d0.pop(-1, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(429292, 1)], extra='x' * 3)
d0[-1] = 'x' * 3
d0[2305843009213693951] = 0
x = 568184429
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 399441669
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0[100000000000000000008] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
if d1:
    print(d1.popitem())
if 63 in d1:
    del d1[63]
x = 763217075
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.clear()
d1[18446744073709551622] = 1
d1[-2] = 0
d1[18446744073709551616] = -7
if 2 in d1:
    del d1[2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
