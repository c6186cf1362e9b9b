# generated program 199 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([2, 10])}
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0.update([(13, 1)], extra=1)
d0[0] = [1, 2]
x = 580989963
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(252504), 252504 in d0, len(d0))
d0[-1] = -7
d0[8] = [1, 2]
if 4 in d0:
    del d0[4]
d0[2305843009213693952] = [1, 2]
d0[104] = 'x' * 3
print(d0.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d0, len(d0))
x = 1047425314
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 815634661
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(2305843009213693951, 1)], extra=1)
d0[24] = -7
print(d0.pop(594876, 'missing'))
d0[-2] = 'x' * 3
d0[32] = 77
d0[-1267650600228229401496703205376] = (3,)
x = 970188006
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {-2: 1}
print(d1.setdefault(18446744073709551620, (3,)))
d1[2] = -7
d1[18446744073709551622] = -7
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
d1[-2] = 2.5
d1[-2] = 499
d1[40] = 473
d1.update(d0)
d1.update([(589312, 1)], extra=340)
d1[403695] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 282037141
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[-2] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 686014967
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault(-1, 1))
d1[387426] = 1
x = 958519732
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[-24] = 508
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[2305843009213693952] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
