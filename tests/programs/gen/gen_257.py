# generated program 257 (tests/probe/gen_programs.py)
d0 = dict([('kiwi', 2.5), ('', 762), ('café', -7), ('ключ', 0), ('café', [1, 2])])
d0['apple53'] = -7
d0['apple87'] = (3,)
d0['z'] = 'x' * 3
d0['café'] = 1
print(d0.get('дом'), 'дом' in d0, len(d0))
print(d0.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx99'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx99' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
