# generated program 123 (tests/probe/gen_programs.py)
d0 = {}
print(d0.get(frozenset([18446744073709551617])), frozenset([18446744073709551617]) in d0, len(d0))
print(d0.pop(18446744073709551617, 'missing'))
if 856815 in d0:
    del d0[856815]
d0['café'] = [1, 2]
d0[frozenset([-2, -2])] = 'v'
d0.clear()
d0['ключ80'] = 0
print(d0.pop(frozenset([96, -2, -35]), 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -1 in d0:
    del d0[-1]
print(d0.pop(625145, 'missing'))
d0[frozenset([-1267650600228229401496703205376, 34, 64])] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
