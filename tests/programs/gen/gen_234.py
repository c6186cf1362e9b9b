# generated program 234 (tests/probe/gen_programs.py)
d0 = dict()
if 'key' in d0:
    del d0['key']
if d0:
    print(d0.popitem())
d0.update([('ß', 1)], extra=2.5)
d0.update([('café21', 1)], extra=-7)
d0['a63'] = 1
d0.update([('', 1)], extra=[1, 2])
d0['𝄞30'] = 'v'
if 18446744073709551624 in d0:
    del d0[18446744073709551624]
d0['z38'] = (3,)
x = 370464693
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[803330] = 1
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['a47'] = -7
if d0:
    print(d0.popitem())
print(d0.setdefault(51, (3,)))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1.update(d0)
if d1:
    print(d1.popitem())
if 'key88' in d1:
    del d1['key88']
x = 1032481054
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
d1.update(d0)
d1['b'] = 2.5
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
