# generated program 109 (tests/probe/gen_programs.py)
d0 = {}
d0[True] = None
d0.update([((-1267650600228229401496703205376, 100000000000000000055, ), 1)], extra=1)
d0[True] = (3,)
x = 634503108
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('apple56'), 'apple56' in d0, len(d0))
if (18446744073709551624, 'naïve99', 100000000000000000027, ) in d0:
    del d0[(18446744073709551624, 'naïve99', 100000000000000000027, )]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
