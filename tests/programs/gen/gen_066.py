# generated program 66 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['a😀67', 'a😀', '日本89'])}
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
d0['中文'] = (3,)
if d0:
    print(d0.popitem())
x = 315523567
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('Ünïcödé', 'missing'))
d0['0'] = 1
d0.update([('34', 1)], extra=None)
d0['kiwi'] = [1, 2]
if 'z' in d0:
    del d0['z']
x = 990229314
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['Ünïcödé71'] = 2.5
if d0:
    print(d0.popitem())
x = 893009136
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0['ß92'] = 'v'
print(d0.setdefault('ß5', 0))
if 'é70' in d0:
    del d0['é70']
d0.update([('𝄞', 1)], extra=0)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
