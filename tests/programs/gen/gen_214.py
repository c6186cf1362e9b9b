# generated program 214 (tests/probe/gen_programs.py)
d0 = {(): 0, 41: (3,), 381668: 0, b'\xb2\xd2Y\xbf%': 290, b'\xdd': 'x' * 3, 48: None, 2305843009213693952: 2.5, b'\xea\xe8': [1, 2], b'\x12': None, b'\x82\t\xa3z': 1, -1: None, b'\xc81\xf9G': 2.5, b'\xcc\xcc\xca': 'v', ('ключ', 'pear', 'дом', ): 'v', 49: 'v'}
if b'O' in d0:
    del d0[b'O']
d0.update([(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ), 1)], extra='v')
d0[-1267650600228229401496703205376] = 1
d0[()] = 0
d0[-1267650600228229401496703205376] = (3,)
d0[-2] = 1
d0[b'2'] = -7
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
