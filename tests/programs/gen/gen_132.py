# generated program 132 (tests/probe/gen_programs.py)
d0 = {}.fromkeys(((), ('Ünïcödé49', -1, ), 'a😀61', '中文', (), ('a', -2, ), ()))
print(d0.get(('日本', '中文70', -1267650600228229401496703205376, )), ('日本', '中文70', -1267650600228229401496703205376, ) in d0, len(d0))
if 'naïve' in d0:
    del d0['naïve']
print(d0.get((563597, )), (563597, ) in d0, len(d0))
if '日本46' in d0:
    del d0['日本46']
if b'\xb0\xa7(?e' in d0:
    del d0[b'\xb0\xa7(?e']
print(d0.setdefault((), (3,)))
d0[('z98', 18446744073709551621, )] = 323
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[frozenset([2305843009213693951])] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault(frozenset([]), 698))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
