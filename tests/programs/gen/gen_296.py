# generated program 296 (tests/probe/gen_programs.py)
d0 = {}
d0['𝄞'] = 'v'
d0.update([('中文', 1)], extra=499)
d0['дом'] = 'v'
d0['𝄞43'] = 2.5
if 'naïve71' in d0:
    del d0['naïve71']
x = 302839575
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 758246970
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
x = 378848579
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'key52' in d0:
    del d0['key52']
if '日本12' in d0:
    del d0['日本12']
print(d0.pop('дом15', 'missing'))
d0['ß'] = 'x' * 3
d0['a😀91'] = [1, 2]
d0['z46'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
