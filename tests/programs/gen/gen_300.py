# generated program 300 (tests/probe/gen_programs.py)
d0 = dict([(2305843009213693951, 0), (-1267650600228229401496703205376, [1, 2]), (-2.25, (3,)), (2.625, [1, 2]), (3.141592653589793, -7), (-1267650600228229401496703205376, None), (1e+300, (3,))])
x = 264010089
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(-1, 1)], extra=1)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[29] = [1, 2]
print(d0.get(24), 24 in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 1.5 in d0:
    del d0[1.5]
d0[2305843009213693951] = -7
d0[0.5] = [1, 2]
d0[40] = 0
d0.update([(914494, 1)], extra=0)
d0[-4] = [1, 2]
if -1 in d0:
    del d0[-1]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[100000000000000000090] = (3,)
d0[-0.0] = 67
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
