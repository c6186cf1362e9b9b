# generated program 281 (tests/probe/gen_programs.py)
d0 = dict(k0=[1, 2])
print(d0.setdefault('дом65', 0))
if d0:
    print(d0.popitem())
d0.update([('apple', 1)], extra=0)
x = 120868666
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('日本', 1)], extra=(3,))
if d0:
    print(d0.popitem())
d0.update([('kiwi', 1)], extra=[1, 2])
x = 274948811
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'key' in d0:
    del d0['key']
print(d0.get('日本'), '日本' in d0, len(d0))
print(d0.setdefault('apple', 1))
d0.update([('ß', 1)], extra=None)
d0['café7'] = 1
x = 1038273362
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['apple28'] = [1, 2]
print(d0.get('café55'), 'café55' in d0, len(d0))
d0['é'] = 'x' * 3
x = 950361371
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['a'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
