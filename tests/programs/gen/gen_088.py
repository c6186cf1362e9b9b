# generated program 88 (tests/probe/gen_programs.py)
d0 = {-1: None, -1: 720, 3: 749, -2: 1, 100000000000000000017: 'v', 100000000000000000002: 1}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[21] = 'x' * 3
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
