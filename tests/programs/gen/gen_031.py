# generated program 31 (tests/probe/gen_programs.py)
d0 = {'😀': 'x' * 3}
d0['é'] = 2.5
d0['дом17'] = 2.5
if '日本92' in d0:
    del d0['日本92']
x = 85642252
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('😀', 'missing'))
d0['b'] = 1
if 'дом96' in d0:
    del d0['дом96']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'ключ68' in d0:
    del d0['ключ68']
if '𝄞' in d0:
    del d0['𝄞']
if 'key' in d0:
    del d0['key']
d0['b21'] = [1, 2]
d0['pear'] = -7
if d0:
    print(d0.popitem())
d0['дом2'] = 'v'
d0.update([('key45', 1)], extra='x' * 3)
d0['fig52'] = [1, 2]
d0.update([('fig', 1)], extra=[1, 2])
if 'key' in d0:
    del d0['key']
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx74'] = 'x' * 3
print(d0.pop('a😀', 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
