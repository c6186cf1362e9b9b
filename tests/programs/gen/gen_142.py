# generated program 142 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['b3', '中文', 'ß41', 'a', 'pear', 'a69', 'key62', 'z', 'b', '😀69', 'дом62', 'ß', 'é', '😀83', 'Ünïcödé', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'])}
d0['apple57'] = [1, 2]
print(d0.pop('46', 'missing'))
d0['ß68'] = (3,)
if d0:
    print(d0.popitem())
if 'ключ' in d0:
    del d0['ключ']
if 'ключ' in d0:
    del d0['ключ']
d0.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1)], extra=[1, 2])
d0['𝄞'] = 2.5
d0['z'] = 46
if 'b' in d0:
    del d0['b']
d0['中文9'] = 0
d0['Ünïcödé'] = (3,)
print(d0.pop('z', 'missing'))
d0['z31'] = -7
d0.update([('z34', 1)], extra=(3,))
print(d0.setdefault('ключ', 'v'))
print(d0.pop('ключ', 'missing'))
if 'b' in d0:
    del d0['b']
if 'pear49' in d0:
    del d0['pear49']
d0['ключ'] = 965
if d0:
    print(d0.popitem())
d0['b36'] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'naïve': 2.5, 'fig8': 1, 'Ünïcödé60': -7, 'café': 0}
x = 796092426
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 379253151
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('ß', 0))
d1['57'] = -7
x = 599460426
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
print(d1.get('z'), 'z' in d1, len(d1))
d1.clear()
x = 151414606
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['apple26'] = 0
print(d1.get('a'), 'a' in d1, len(d1))
d1['z'] = 351
d1['𝄞'] = 2.5
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
