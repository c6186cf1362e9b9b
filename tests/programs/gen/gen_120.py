# generated program 120 (tests/probe/gen_programs.py)
d0 = {100000000000000000073: None, 18446744073709551621: None, 40: (3,), -1: [1, 2], 8: (3,), 104: [1, 2], -1: 1, 25: 0, 24: 1, 2305843009213693952: None, 100000000000000000072: -7, -1: (3,), -1: 'v', 8: -7, -1: 0}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 327435474
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
d0[11] = -7
x = 553019191
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[38] = 2.5
x = 389243583
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 933801115
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(18446744073709551618), 18446744073709551618 in d0, len(d0))
d0[2305843009213693952] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 732518804
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
