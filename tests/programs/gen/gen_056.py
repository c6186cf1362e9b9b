# generated program 56 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([b'8'])}
d0[189122] = 0
if b'' in d0:
    del d0[b'']
d0[8] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
