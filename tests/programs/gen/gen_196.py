# generated program 196 (tests/probe/gen_programs.py)
d0 = {'a44': 0, 'apple': 1, 'fig97': (3,), 'дом': 2.5, '中文45': 2.5, 'pear83': 2.5, '中文17': 1, 'ß58': 0, 'pear': (3,), 'fig79': -7, 'naïve': 'v', 'a😀57': [1, 2], 'a😀35': (3,), 'z': None, 'naïve42': [1, 2]}
if 'ключ' in d0:
    del d0['ключ']
d0.update([('kiwi', 1)], extra=[1, 2])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('fig', 421))
print(d0.get('naïve2'), 'naïve2' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
