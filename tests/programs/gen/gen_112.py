# generated program 112 (tests/probe/gen_programs.py)
d0 = {390411: 1, 88: [1, 2]}
d0[100000000000000000096] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1267650600228229401496703205376] = 2.5
if d0:
    print(d0.popitem())
d0[2305843009213693952] = 0
if -1 in d0:
    del d0[-1]
if d0:
    print(d0.popitem())
d0[2] = 785
d0.update([(100000000000000000008, 1)], extra='x' * 3)
print(d0.setdefault(-1, -7))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[23] = 'x' * 3
if 0 in d0:
    del d0[0]
d0.update([(-2, 1)], extra=-7)
d0[8] = 846
x = 774587999
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(-1, 1)], extra=556)
d0[380822] = 0
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
if 18446744073709551624 in d0:
    del d0[18446744073709551624]
d0[-2] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -2 in d0:
    del d0[-2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if 'a' in d1:
    del d1['a']
x = 210599978
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'kiwi91' in d1:
    del d1['kiwi91']
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
if 'naïve' in d1:
    del d1['naïve']
d1.update(d0)
d1.update([('b', 1)], extra=None)
if 'дом91' in d1:
    del d1['дом91']
if 'fig80' in d1:
    del d1['fig80']
if 'b' in d1:
    del d1['b']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx17'] = [1, 2]
if 'ключ43' in d1:
    del d1['ключ43']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 569075440
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['ß'] = 'x' * 3
d1.clear()
if d1:
    print(d1.popitem())
if 'pear' in d1:
    del d1['pear']
if d1:
    print(d1.popitem())
print(d1.setdefault('z', -7))
d1.clear()
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
