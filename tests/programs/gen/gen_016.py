# generated program 16 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['fig'] = -7
print(d0.setdefault('ключ90', (3,)))
d0['😀'] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
