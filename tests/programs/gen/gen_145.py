# generated program 145 (tests/probe/gen_programs.py)
d0 = dict.fromkeys([], 2.5)
d0[b's\x952JR'] = 637
if d0:
    print(d0.popitem())
d0[b'\x89'] = 702
d0[b'\xbe)Xn'] = 1
x = 919679330
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[True] = 'v'
d0[False] = -7
x = 13090240
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b'\xed\x04m^'] = 1
if d0:
    print(d0.popitem())
d0[False] = 'v'
d0[False] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if 100000000000000000038 in d1:
    del d1[100000000000000000038]
d1[15] = 1
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
x = 1047074114
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
if d1:
    print(d1.popitem())
d1[-2] = 'v'
d1[-2] = [1, 2]
d1[18446744073709551619] = 'x' * 3
print(d1.setdefault(-2, 'v'))
d1[18446744073709551623] = -7
print(d1.get(2305843009213693951), 2305843009213693951 in d1, len(d1))
d1.update(d0)
d1[-1267650600228229401496703205376] = -7
x = 230384995
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 689351052
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop(-1, 'missing'))
if d1:
    print(d1.popitem())
d1[18446744073709551622] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
