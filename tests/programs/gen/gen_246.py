# generated program 246 (tests/probe/gen_programs.py)
d0 = {}
d0[frozenset([])] = (3,)
d0[(2305843009213693951, )] = 'v'
x = 631661710
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(b'\x90', 1)], extra='x' * 3)
print(d0.pop(frozenset([2305843009213693951, -2]), 'missing'))
print(d0.pop(('é', ), 'missing'))
d0[frozenset([])] = 'x' * 3
if d0:
    print(d0.popitem())
d0.update([(-1, 1)], extra=(3,))
d0[b'\xf0%C\x82\xfd'] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
