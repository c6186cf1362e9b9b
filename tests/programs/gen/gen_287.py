# generated program 287 (tests/probe/gen_programs.py)
d0 = {}
d0['дом41'] = [1, 2]
x = 312303872
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('𝄞', [1, 2]))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 194600989
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('a79', 1)], extra=[1, 2])
if 'a😀7' in d0:
    del d0['a😀7']
d0['中文'] = [1, 2]
print(d0.pop('café71', 'missing'))
if d0:
    print(d0.popitem())
x = 92610855
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 257429049
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx45'] = 939
print(d0.pop('b', 'missing'))
if d0:
    print(d0.popitem())
d0.update([('𝄞', 1)], extra=-7)
print(d0.get('ключ53'), 'ключ53' in d0, len(d0))
print(d0.setdefault('😀20', 0))
d0['pear44'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
