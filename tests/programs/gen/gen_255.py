# generated program 255 (tests/probe/gen_programs.py)
d0 = {}
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx55'] = 'x' * 3
d0['ключ79'] = (3,)
d0['pear95'] = (3,)
print(d0.get('😀'), '😀' in d0, len(d0))
d0['fig93'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
