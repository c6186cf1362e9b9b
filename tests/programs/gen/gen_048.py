# generated program 48 (tests/probe/gen_programs.py)
d0 = {}
if 0.1 in d0:
    del d0[0.1]
d0[('fig75', '𝄞', 'z', )] = 2.5
x = 57843002
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(2305843009213693952, 0))
if '中文' in d0:
    del d0['中文']
d0[(18446744073709551623, )] = 767
x = 562544498
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('kiwi98', 1)], extra='x' * 3)
x = 140242563
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[('😀21', )] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['naïve70'] = 2.5
d0[(2305843009213693951, )] = -7
if 'naïve39' in d0:
    del d0['naïve39']
if 1e-300 in d0:
    del d0[1e-300]
d0.update([((), 1)], extra=376)
d0[8.0] = None
if (-2, 2305843009213693952, ) in d0:
    del d0[(-2, 2305843009213693952, )]
d0[('apple', '中文79', 'дом', )] = (3,)
if 1e-300 in d0:
    del d0[1e-300]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
