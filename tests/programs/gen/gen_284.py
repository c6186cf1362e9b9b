# generated program 284 (tests/probe/gen_programs.py)
d0 = dict([('b', 571), ('é', 'x' * 3), ('𝄞45', 2.5), ('naïve', -7), ('𝄞83', 0), ('a😀', 479), ('', 'v'), ('𝄞', [1, 2]), ('é', 0), ('𝄞', 2.5), ('😀61', 2.5), ('key', -7), ('中文84', -7), ('дом', 2.5), ('𝄞21', (3,)), ('café16', 0), ('key', None), ('a', 424), ('naïve', (3,)), ('日本11', 689), ('b46', (3,)), ('ß49', -7), ('日本57', 'x' * 3), ('kiwi90', None), ('a', 592), ('Ünïcödé', [1, 2]), ('93', (3,)), ('key78', 0), ('b', 13), ('key89', 'x' * 3), ('café41', 2.5), ('дом', 0), ('é65', None), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx44', None)])
print(d0.pop('z88', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '37' in d0:
    del d0['37']
d0['kiwi64'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('a😀', 1)], extra=1)
d0['é66'] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
