# generated program 177 (tests/probe/gen_programs.py)
d0 = {}
d0['𝄞'] = 2.5
d0['中文15'] = 2.5
if 'kiwi' in d0:
    del d0['kiwi']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
