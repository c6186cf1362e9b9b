# generated program 256 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['😀94'] = 0
d0['a18'] = 0
if 'Ünïcödé1' in d0:
    del d0['Ünïcödé1']
x = 462824961
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys('fklieh')
d1['café'] = -7
d1.clear()
d1['é54'] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1['café'] = 'x' * 3
d1['дом'] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['中文18'] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'дом93' in d1:
    del d1['дом93']
d1['Ünïcödé25'] = -7
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['naïve33'] = 862
if 'café' in d1:
    del d1['café']
d1.clear()
if 'apple' in d1:
    del d1['apple']
d1['pear'] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
