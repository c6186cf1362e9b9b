# generated program 312 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['b22', 'é76', 'café72', '中文', '中文11', 'kiwi65', 'apple57', '', 'a76', 'дом', 'b39'])}
d0.clear()
d0['fig'] = 'v'
print(d0.get('é32'), 'é32' in d0, len(d0))
print(d0.setdefault('', 2.5))
d0['ß'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('ключ90'), 'ключ90' in d0, len(d0))
print(d0.get('b75'), 'b75' in d0, len(d0))
if '日本' in d0:
    del d0['日本']
d0['𝄞'] = 1
if '日本90' in d0:
    del d0['日本90']
d0['z'] = 0
d0.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1)], extra=None)
d0['дом'] = 180
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx83', 'missing'))
d0['apple9'] = 'x' * 3
d0.clear()
d0['kiwi16'] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
