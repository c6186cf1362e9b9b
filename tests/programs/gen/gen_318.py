# generated program 318 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({True: 1, b'0\xd1H': 1, '😀': 1, b'': 1, False: 1, False: 1, 'naïve': 1, b'\xd9\xc0': 1, True: 1, True: 1}, 'v')
d0['a'] = 0
if 'fig64' in d0:
    del d0['fig64']
d0[False] = [1, 2]
if True in d0:
    del d0[True]
x = 925542965
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 628879796
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[True] = (3,)
d0.update([('a', 1)], extra=None)
if 'café13' in d0:
    del d0['café13']
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx42'] = 1
d0['𝄞99'] = 0
d0[False] = 2.5
if True in d0:
    del d0[True]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
