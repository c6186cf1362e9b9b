# generated program 302 (tests/probe/gen_programs.py)
d0 = {}
d0.update([(1.5, 1)], extra=[1, 2])
d0[b'}'] = 2.5
if 3.141592653589793 in d0:
    del d0[3.141592653589793]
d0[-2.25] = 2.5
d0.update([(b'?V', 1)], extra=2.5)
d0[1.1805916207174113e+21] = -7
d0.update([(b'\xa0', 1)], extra='v')
d0[b'i\xd7'] = 2.5
d0[b'\xe1\xec\xc25\x98'] = 945
x = 1042284777
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-2.25] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
