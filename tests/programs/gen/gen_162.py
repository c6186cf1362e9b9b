# generated program 162 (tests/probe/gen_programs.py)
d0 = dict([('é32', 215), ('kiwi27', 1), ('fig87', 2.5), ('apple', -7), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', -7), ('дом', None), ('😀3', [1, 2]), ('fig', -7), ('a16', [1, 2]), ('z79', [1, 2]), ('дом14', 'x' * 3), ('a68', 'v'), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx44', 926), ('kiwi13', 2.5), ('дом', 'x' * 3), ('b', 2.5), ('𝄞', 2.5), ('café17', -7), ('日本', 2.5), ('apple82', 0), ('54', 'v'), ('naïve', 88), ('kiwi', [1, 2]), ('', -7), ('é14', 1), ('中文', 2.5), ('z27', 'x' * 3), ('ключ', 2.5), ('key', [1, 2]), ('naïve', 837), ('', 2.5), ('z', 'v'), ('Ünïcödé', 0), ('key44', None)])
d0.clear()
d0.update([('日本74', 1)], extra=(3,))
print(d0.pop('kiwi54', 'missing'))
d0['a😀'] = 1
if 'fig' in d0:
    del d0['fig']
if 'fig24' in d0:
    del d0['fig24']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['中文30'] = 1
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['😀'] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('b'), 'b' in d0, len(d0))
x = 296903365
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['kiwi11'] = [1, 2]
d0['apple8'] = 'v'
d0['Ünïcödé'] = (3,)
d0['apple77'] = [1, 2]
print(d0.pop('ключ', 'missing'))
x = 627723381
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['ß'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
