# generated program 169 (tests/probe/gen_programs.py)
d0 = {'apple30': (3,), 'apple95': (3,), 'naïve': 2.5}
d0['中文'] = 'x' * 3
x = 381253849
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['fig'] = None
d0['é76'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
