# generated program 210 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault(-1, 1))
print(d0.setdefault(2305843009213693952, 'v'))
d0[100000000000000000078] = 2.5
x = 663450498
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
print(d0.pop(40, 'missing'))
d0[56] = (3,)
print(d0.pop(-1, 'missing'))
d0[-1] = 1
d0.update([(18446744073709551624, 1)], extra=0)
print(d0.pop(100000000000000000064, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 683779126
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(100000000000000000042, (3,)))
d0.update([(56, 1)], extra=[1, 2])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
