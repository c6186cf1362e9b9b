# generated program 165 (tests/probe/gen_programs.py)
d0 = {'38': 770, 'kiwi86': 1}
print(d0.get('z10'), 'z10' in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['Ünïcödé'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
