# generated program 208 (tests/probe/gen_programs.py)
d0 = {}
x = 344414564
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('中文', 1)], extra=-7)
d0['pear12'] = 'x' * 3
d0['key79'] = None
x = 423086287
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 535474437
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞73'] = 0
x = 106964609
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 1007430682
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['naïve45'] = 341
if 'é31' in d0:
    del d0['é31']
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
d0['a84'] = 2.5
print(d0.pop('27', 'missing'))
d0['Ünïcödé38'] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['key38'] = 565
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
