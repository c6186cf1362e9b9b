# generated program 23 (tests/probe/gen_programs.py)
d0 = {'apple58': -7, '😀': 0, '中文87': 0, 'key': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx21': 1, 'key': 2.5, 'a😀': None, 'Ünïcödé': [1, 2], '中文': 2.5, 'дом80': [1, 2], 'a': (3,), 'key': 2.5, 'z': 2.5, '': 'v', 'дом59': 91, 'z19': 1, 'café': [1, 2], '': 1, 'ß35': [1, 2], 'дом74': 'x' * 3, 'é': 'x' * 3}
if 'fig36' in d0:
    del d0['fig36']
d0['pear64'] = None
d0['дом81'] = -7
d0['apple34'] = -7
if d0:
    print(d0.popitem())
if '' in d0:
    del d0['']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0['中文69'] = 'x' * 3
print(d0.get('中文'), '中文' in d0, len(d0))
if 'a😀97' in d0:
    del d0['a😀97']
print(d0.setdefault('z79', None))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
