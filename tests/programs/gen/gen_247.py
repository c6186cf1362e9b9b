# generated program 247 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({'ключ': 1, 'ключ': 1, 'apple92': 1, 'z6': 1, 'pear96': 1, 'Ünïcödé': 1, 'Ünïcödé23': 1, 'é': 1, 'a😀8': 1, 'pear': 1, 'key87': 1, 'café27': 1, 'z91': 1, 'z92': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1}, 'v')
d0['a45'] = -7
if '日本47' in d0:
    del d0['日本47']
if '日本24' in d0:
    del d0['日本24']
d0['b'] = 'v'
d0['日本'] = -7
d0['дом25'] = 'v'
d0.clear()
if 'apple5' in d0:
    del d0['apple5']
if 'pear' in d0:
    del d0['pear']
if 'café' in d0:
    del d0['café']
print(d0.setdefault('a😀', 2.5))
if d0:
    print(d0.popitem())
if 'key' in d0:
    del d0['key']
d0['中文95'] = 'v'
d0['中文55'] = [1, 2]
d0['naïve'] = (3,)
x = 408266446
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 139375126
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
