# generated program 71 (tests/probe/gen_programs.py)
d0 = {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': [1, 2], 'a😀': 2.5, '日本': -7}
d0['naïve53'] = 'v'
d0['key28'] = 'v'
d0['a😀'] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
d1[18446744073709551618] = 'v'
print(d1.pop(35, 'missing'))
if d1:
    print(d1.popitem())
if 42 in d1:
    del d1[42]
print(d1.pop(100000000000000000097, 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'pear': 0, 'naïve4': [1, 2], 'é': 2.5, 'a79': 42, 'Ünïcödé': 'v'}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.setdefault('café10', 0))
d2['ключ71'] = 'x' * 3
if '日本29' in d2:
    del d2['日本29']
d2['日本'] = 1
if 'café60' in d2:
    del d2['café60']
print(d2.get('key30'), 'key30' in d2, len(d2))
if 'ß28' in d2:
    del d2['ß28']
if '中文93' in d2:
    del d2['中文93']
if d2:
    print(d2.popitem())
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['key21'] = 'x' * 3
d2.clear()
x = 556900811
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['é'] = -7
d2['pear69'] = 'v'
d2['é27'] = 'x' * 3
d2['Ünïcödé'] = 'x' * 3
d2['😀'] = (3,)
d2['z'] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
