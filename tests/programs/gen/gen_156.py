# generated program 156 (tests/probe/gen_programs.py)
d0 = dict(k0=233, k1=0, k2=1, k3=0, k4=[1, 2], k5=-7, k6='v', k7=None, k8='v', k9=0, k10=1, k11=0)
d0[100000000000000000006] = 'v'
d0.update([(100000000000000000004, 1)], extra=2.5)
d0[2305843009213693952] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([2305843009213693952, (100000000000000000009, '88', 'café76', ), b'P\xa3', 'apple', 2305843009213693952, ('', ), b'\xb5\xe0\x83\x97w', (), 'Ünïcödé', 'apple', 'pear'])}
print(d1.setdefault(b'\x1b\xed', 2.5))
d1['中文'] = 'v'
if b'#S\xf1\xf3\xd1' in d1:
    del d1[b'#S\xf1\xf3\xd1']
print(d1.pop('key', 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
