# generated program 2 (tests/probe/gen_programs.py)
d0 = {}
d0['b24'] = 2.5
d0['b1'] = [1, 2]
print(d0.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0, len(d0))
d0['apple69'] = 0
d0['z'] = 2.5
if 'café' in d0:
    del d0['café']
if 'apple69' in d0:
    del d0['apple69']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('ß', 1)], extra=[1, 2])
d0[''] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
