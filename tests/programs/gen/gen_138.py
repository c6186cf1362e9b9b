# generated program 138 (tests/probe/gen_programs.py)
d0 = {}
d0['a😀'] = 1
print(d0.pop('ключ91', 'missing'))
d0['fig'] = 164
print(d0.pop('pear19', 'missing'))
if 'key' in d0:
    del d0['key']
d0[''] = 0
print(d0.setdefault('key', None))
d0.update([('kiwi88', 1)], extra=-7)
x = 157019720
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('', 0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['fig'] = 1
d0['apple52'] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 261874507
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if d1:
    print(d1.popitem())
print(d1.pop(100000000000000000006, 'missing'))
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
