# generated program 19 (tests/probe/gen_programs.py)
d0 = {}
d0[2305843009213693951] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(40, -7))
if d0:
    print(d0.popitem())
d0[-1267650600228229401496703205376] = 'x' * 3
d0[100000000000000000032] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys(())
d1.update(d0)
x = 193046589
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if -1 in d1:
    del d1[-1]
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if -1 in d1:
    del d1[-1]
d1.update(d0)
print(d1.get(100000000000000000064), 100000000000000000064 in d1, len(d1))
print(d1.setdefault(47, 2.5))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
