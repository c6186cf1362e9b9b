# generated program 32 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([])}
d0[100000000000000000057] = 2.5
d0[35] = 'v'
d0.update([(-1, 1)], extra='v')
d0[88] = 1
print(d0.get(2305843009213693952), 2305843009213693952 in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(2305843009213693951, 1)], extra=0)
if 33 in d0:
    del d0[33]
d0[-1] = [1, 2]
d0[-1] = 0
print(d0.pop(13, 'missing'))
x = 732324244
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
d0[100000000000000000091] = (3,)
print(d0.pop(3, 'missing'))
print(d0.pop(-2, 'missing'))
if 1 in d0:
    del d0[1]
d0[2305843009213693952] = 598
d0[18446744073709551624] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1.update(d0)
d1[('b', )] = None
x = 668286886
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop(3.141592653589793, 'missing'))
d1.update(d0)
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
d1[(100000000000000000067, )] = None
if -2.25 in d1:
    del d1[-2.25]
if ('', ) in d1:
    del d1[('', )]
print(d1.pop(0.5, 'missing'))
d1[3.141592653589793] = None
if -0.0 in d1:
    del d1[-0.0]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
