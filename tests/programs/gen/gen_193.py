# generated program 193 (tests/probe/gen_programs.py)
d0 = dict([(100000000000000000048, [1, 2]), (2305843009213693951, -7), (-1267650600228229401496703205376, 1)])
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
d0[-2] = 1
d0[34] = -7
if 8 in d0:
    del d0[8]
x = 206797683
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.clear()
x = 1070645333
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(-1, (3,)))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
