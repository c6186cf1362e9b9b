# generated program 225 (tests/probe/gen_programs.py)
d0 = {}
d0['a😀'] = 173
d0['b'] = 0
d0['fig'] = 2.5
x = 989249019
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞33'] = 417
x = 662324283
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 352130708
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'key93' in d0:
    del d0['key93']
if 'café' in d0:
    del d0['café']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'fig82' in d0:
    del d0['fig82']
d0.update([('a59', 1)], extra='v')
d0['日本25'] = 2.5
d0.update([('дом', 1)], extra=(3,))
print(d0.setdefault('', -7))
d0.update([('ß97', 1)], extra=1)
x = 1028692471
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['pear'] = 1
d0['fig'] = 584
d0['pear0'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
