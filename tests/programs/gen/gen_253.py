# generated program 253 (tests/probe/gen_programs.py)
d0 = dict([('ключ98', 2.5), ('z', [1, 2]), ('b', 1), ('key', 0), ('z', None), ('ß', -7), ('𝄞', 'v'), ('a😀15', 'x' * 3), ('é12', 'x' * 3), ('z21', [1, 2]), ('ß', 1), ('дом42', -7), ('𝄞', 2.5), ('pear3', 'v'), ('日本62', 'v'), ('дом18', -7), ('Ünïcödé', 'v'), ('a😀', None), ('日本38', [1, 2]), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx36', 0), ('pear72', 2.5), ('😀72', -7), ('Ünïcödé', 'v'), ('é', None), ('apple96', [1, 2]), ('', 2.5), ('apple', 2.5), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', None), ('a😀45', 2.5), ('kiwi', 1), ('😀71', 48), ('a', 1), ('b', (3,)), ('b9', 2.5)])
d0['дом'] = [1, 2]
print(d0.pop('café', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['a'] = -7
d0['z19'] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
