# generated program 205 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(range(68), 0)
x = 288670051
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('ß72', 240))
d0['apple'] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['Ünïcödé52'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx95'] = -7
print(d0.get('ключ'), 'ключ' in d0, len(d0))
d0['z'] = 202
d0['a😀'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['b35'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
