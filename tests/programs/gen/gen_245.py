# generated program 245 (tests/probe/gen_programs.py)
d0 = dict([('𝄞16', 0), ('pear27', 1), ('kiwi', 2.5), ('naïve51', (3,)), ('kiwi', 380), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', None), ('kiwi', 'x' * 3), ('café54', (3,)), ('b73', 0), ('дом41', 2.5), ('pear', 774), ('kiwi70', 0), ('Ünïcödé', (3,)), ('Ünïcödé60', -7), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 963), ('59', None), ('kiwi', -7), ('𝄞76', 'v'), ('😀5', (3,)), ('apple', 'v'), ('日本1', -7), ('pear14', 1), ('naïve', 0), ('b63', 'x' * 3), ('72', (3,)), ('76', 363), ('z', 'v'), ('é', -7), ('café', [1, 2]), ('Ünïcödé', 0), ('é28', [1, 2]), ('a😀94', 'x' * 3), ('𝄞', None)])
x = 104119303
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'ключ' in d0:
    del d0['ключ']
d0['é'] = (3,)
d0['Ünïcödé36'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ß44'] = 0
print(d0.setdefault('pear', (3,)))
d0.update([('café4', 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(d1.pop(b'', 'missing'))
d1[-0.0] = -7
x = 901364564
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[1e+300] = None
if d1:
    print(d1.popitem())
d1[0.1] = 2.5
print(d1.get(1e-300), 1e-300 in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 718745458
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[b'Jt\x90q\x19'] = 2.5
print(d1.get(b'\x94\\Q\xe9'), b'\x94\\Q\xe9' in d1, len(d1))
d1[(-1, 2305843009213693952, )] = -7
if 1.5 in d1:
    del d1[1.5]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[0.5] = 0
d1[()] = 'v'
d1.clear()
print(d1.pop(('fig3', ), 'missing'))
d1.update([(b'\xa7\xad\xfd\\', 1)], extra=508)
print(d1.setdefault(1e+300, 'x' * 3))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
