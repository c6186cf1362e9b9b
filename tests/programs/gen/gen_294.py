# generated program 294 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault(-2, 1))
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[18446744073709551619] = 702
d0[18446744073709551616] = 2.5
x = 960213592
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(2305843009213693952, 10))
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
d0[-2] = 2.5
d0.update([(2305843009213693952, 1)], extra=-7)
d0[16] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(2305843009213693952), 2305843009213693952 in d0, len(d0))
if d0:
    print(d0.popitem())
d0[29] = 'v'
d0[-1267650600228229401496703205376] = 0
d0[-1] = 'x' * 3
if 104 in d0:
    del d0[104]
d0[2305843009213693951] = 'x' * 3
d0[100000000000000000090] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 960480562
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
