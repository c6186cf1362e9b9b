# generated program 221 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([17, 100000000000000000055, -1, 2305843009213693952, -1, 59])}
d0[100000000000000000037] = None
d0.clear()
if d0:
    print(d0.popitem())
if -1 in d0:
    del d0[-1]
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1267650600228229401496703205376] = 0
print(d0.pop(-2, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
