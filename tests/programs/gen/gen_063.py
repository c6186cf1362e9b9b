# generated program 63 (tests/probe/gen_programs.py)
d0 = {-1: (3,)}
print(d0.pop(2305843009213693951, 'missing'))
x = 601667308
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
print(d0.get(96), 96 in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -2 in d0:
    del d0[-2]
d0[-15] = 'x' * 3
x = 435782121
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 92784 in d0:
    del d0[92784]
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(18446744073709551623, 'missing'))
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0.update([(2305843009213693951, 1)], extra='v')
d0[2305843009213693951] = [1, 2]
d0[-1267650600228229401496703205376] = 'x' * 3
d0[18446744073709551620] = -7
d0[-2] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
