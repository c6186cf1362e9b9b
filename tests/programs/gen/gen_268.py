# generated program 268 (tests/probe/gen_programs.py)
d0 = dict([(2305843009213693951, [1, 2]), (20, 'v'), (-2, 1), (625580, 2.5), (8, 'v'), (-1267650600228229401496703205376, [1, 2]), (-3, 'v'), (-4, 'x' * 3), (2305843009213693952, (3,)), (18446744073709551617, (3,)), (-1267650600228229401496703205376, 1)])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 672757694
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[61] = 1
print(d0.pop(-40, 'missing'))
x = 891706766
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1267650600228229401496703205376] = 1
d0[-1267650600228229401496703205376] = 'x' * 3
print(d0.pop(24, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 764960749
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(22, 'missing'))
d0[2305843009213693951] = 'v'
print(d0.get(879975), 879975 in d0, len(d0))
print(d0.pop(30, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
