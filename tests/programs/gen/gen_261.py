# generated program 261 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
d0[True] = (3,)
d0[100000000000000000024] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
