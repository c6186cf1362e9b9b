# generated program 206 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({True: 1}, 'v')
d0[(22, 39, '中文', )] = (3,)
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[()] = (3,)
x = 560385081
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
