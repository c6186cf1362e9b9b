# generated program 161 (tests/probe/gen_programs.py)
d0 = {}
if '𝄞11' in d0:
    del d0['𝄞11']
d0['a'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['日本'] = None
if d0:
    print(d0.popitem())
print(d0.setdefault('中文5', (3,)))
d0.update([('naïve', 1)], extra=46)
if d0:
    print(d0.popitem())
x = 637665532
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
print(d0.get('z'), 'z' in d0, len(d0))
d0['ключ'] = 'x' * 3
d0.update([('pear97', 1)], extra=0)
d0.update([('apple', 1)], extra=-7)
d0['𝄞97'] = 0
d0['café'] = 2.5
x = 760862510
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 291867065
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('z59', 1))
if 'apple86' in d0:
    del d0['apple86']
d0['日本42'] = 2.5
d0['дом'] = (3,)
x = 646065026
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['z73'] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
