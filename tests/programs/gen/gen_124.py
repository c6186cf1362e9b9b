# generated program 124 (tests/probe/gen_programs.py)
d0 = dict(k0='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-2] = -7
d0[1e+300] = 'x' * 3
if 1e+300 in d0:
    del d0[1e+300]
d0[16] = 2.5
d0[0.5] = -7
d0[b''] = 0
if -33 in d0:
    del d0[-33]
d0[b'\x15\xbe\xec\xa3'] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 1.5 in d0:
    del d0[1.5]
d0.update([(1e-300, 1)], extra=1)
d0[b'\x1f'] = None
d0[b'ej9ML'] = None
d0[1e+300] = 0
print(d0.get(1e-300), 1e-300 in d0, len(d0))
if -0.0 in d0:
    del d0[-0.0]
print(d0.get(b'\xe7\xff'), b'\xe7\xff' in d0, len(d0))
d0.update([(-1267650600228229401496703205376, 1)], extra=(3,))
print(d0.setdefault(b'von\xcc', 0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b''] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'𝄞': 2.5, 'apple72': 1, '82': [1, 2], '𝄞': (3,), '': (3,), 'café': 2.5, 'b60': (3,)}
print(d1.setdefault('café', 1))
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx37', 1)], extra='v')
x = 496344028
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1['a😀'] = 'x' * 3
d1.update([('a', 1)], extra=0)
d1['中文'] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 534573780
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if '日本' in d1:
    del d1['日本']
d1[''] = 367
x = 127419870
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['日本59'] = [1, 2]
if 'fig71' in d1:
    del d1['fig71']
d1['kiwi'] = 61
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx53'] = [1, 2]
d1.update([('apple64', 1)], extra='x' * 3)
print(d1.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx3', 'missing'))
d1['ключ'] = 0
print(d1.pop('𝄞', 'missing'))
d1.clear()
d1['é'] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0='v')
print(d2.pop('ß51', 'missing'))
d2['a'] = [1, 2]
d2['дом49'] = [1, 2]
d2.update([('𝄞', 1)], extra='x' * 3)
print(d2.setdefault('kiwi', 'x' * 3))
d2['z'] = [1, 2]
d2['ß47'] = 800
d2['café'] = -7
print(d2.get('дом'), 'дом' in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['ключ54'] = 1
d2['b39'] = [1, 2]
if d2:
    print(d2.popitem())
x = 591049409
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['é'] = 'x' * 3
print(d2.get('Ünïcödé58'), 'Ünïcödé58' in d2, len(d2))
print(d2.setdefault('naïve', 666))
d2['café12'] = 1
x = 650191185
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
