# generated program 215 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
d0[178509] = None
if d0:
    print(d0.popitem())
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
x = 426750751
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1] = -7
print(d0.setdefault(46, 470))
print(d0.setdefault(20, -7))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(-1267650600228229401496703205376, 'missing'))
x = 512665920
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1267650600228229401496703205376] = -7
d0[625839] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(d1.setdefault(2305843009213693951, (3,)))
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
d1[94801] = 0
d1[21] = 1
d1.update(d0)
d1[-2] = 0
d1.clear()
print(d1.pop(-1, 'missing'))
if 18446744073709551619 in d1:
    del d1[18446744073709551619]
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
d1[2305843009213693951] = -7
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
if d1:
    print(d1.popitem())
d1.update([(27, 1)], extra=0)
d1[112] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
