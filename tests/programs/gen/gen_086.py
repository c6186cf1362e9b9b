# generated program 86 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(-1, 1))
print(d0.pop(120, 'missing'))
d0[21] = [1, 2]
print(d0.setdefault(-1, 'v'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys(('Ünïcödé63', frozenset([104]), 'é', 'z77', 'apple54', 'z62'))
d1['z90'] = 2.5
d1[frozenset([100000000000000000029])] = (3,)
d1[frozenset([34])] = (3,)
d1.clear()
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
