# generated program 171 (tests/probe/gen_programs.py)
d0 = dict([('b', 'v'), ('pear', 'v'), ('kiwi', -7), ('z', [1, 2]), ('fig53', 0), ('ß', 1), ('apple24', -7), ('дом31', 'x' * 3), ('ключ79', 'v'), ('kiwi', (3,)), ('z', -7)])
if 'z' in d0:
    del d0['z']
d0['ß29'] = 950
d0.update([('😀', 1)], extra=2.5)
d0.update([('key25', 1)], extra=[1, 2])
if 'z' in d0:
    del d0['z']
d0.update([('apple', 1)], extra=-7)
d0['é'] = -7
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', None))
d0['naïve'] = 'v'
print(d0.get('日本42'), '日本42' in d0, len(d0))
x = 956699288
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'a😀50' in d0:
    del d0['a😀50']
x = 548809307
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞'] = (3,)
d0.update([('key', 1)], extra=-7)
d0['33'] = 0
x = 855822437
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
d1[1e-300] = None
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 550370094
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update([(True, 1)], extra=-7)
d1[(2305843009213693952, 2305843009213693951, 'a😀', )] = -7
d1[1e+300] = 'x' * 3
d1[0.1] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get(True), True in d1, len(d1))
d1[b'\x0c\xd0\xbbl\xac'] = [1, 2]
if d1:
    print(d1.popitem())
d1[('apple', '92', )] = -7
print(d1.get(('b', )), ('b', ) in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.update(d0)
if 9 in d2:
    del d2[9]
d2[-1] = -7
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2[12] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[16] = [1, 2]
if d2:
    print(d2.popitem())
x = 990233715
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
print(d2.get(27), 27 in d2, len(d2))
d2[18446744073709551620] = (3,)
if 24 in d2:
    del d2[24]
d2.clear()
d2.clear()
d2.update(d0)
d2[749411] = 105
d2[107863] = 0
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[2305843009213693952] = -7
d2.clear()
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
