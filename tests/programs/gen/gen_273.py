# generated program 273 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['kiwi11', 'apple39', 'kiwi', 'z53', 'key', 'z', 'ß', 'pear', '😀19', 'fig75', 'ключ', '中文', 'é', 'é', 'café'])}
if '中文' in d0:
    del d0['中文']
d0.update([('a', 1)], extra=(3,))
if d0:
    print(d0.popitem())
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
d0['é'] = 2.5
d0['𝄞'] = 'v'
x = 774629404
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'ß20' in d0:
    del d0['ß20']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('ß'), 'ß' in d0, len(d0))
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['z98'] = (3,)
d0['kiwi'] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['𝄞'] = -7
if d0:
    print(d0.popitem())
print(d0.setdefault('66', 'x' * 3))
if 'a68' in d0:
    del d0['a68']
print(d0.pop('', 'missing'))
if d0:
    print(d0.popitem())
print(d0.pop('key60', 'missing'))
if 'naïve41' in d0:
    del d0['naïve41']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if frozenset([-1]) in d1:
    del d1[frozenset([-1])]
if () in d1:
    del d1[()]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[1e-300] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 269785396
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if True in d1:
    del d1[True]
print(d1.pop(True, 'missing'))
d1[frozenset([-1, 56])] = 'x' * 3
print(d1.get(frozenset([])), frozenset([]) in d1, len(d1))
print(d1.pop(False, 'missing'))
d1[frozenset([11])] = 2.5
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
