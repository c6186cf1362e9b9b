# generated program 288 (tests/probe/gen_programs.py)
d0 = dict([(b'\x90', [1, 2]), (b'', 1), (b'+\xe9', 458), (b'\xdd?\rAm', 1), (b'\x99m\xf3', 'v'), (3.141592653589793, 0), (1.1805916207174113e+21, 0)])
d0[b'`'] = 'v'
d0[0.5] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if b'b' in d0:
    del d0[b'b']
d0[0.1] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([38, '日本', 'ß42', '😀', '😀', '😀96', -1267650600228229401496703205376, 2305843009213693952, b']\x97n', '', 'Ünïcödé', 'b12', 'apple', b'p\xfe\xd9\xb0', b'\x9c\xc4'])}
d1[-32] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1.update([(b'\x9bC\x88<y', 1)], extra='v')
d1[917493] = None
x = 628963481
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
d1[b'\xd0'] = 'v'
d1['pear'] = 'x' * 3
d1['дом'] = 614
if 'kiwi' in d1:
    del d1['kiwi']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2.update([('a😀', 1)], extra=-7)
d2['é'] = 1
if d2:
    print(d2.popitem())
d2['fig'] = 2.5
print(d2.setdefault('ß14', [1, 2]))
x = 942259953
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['дом'] = 2.5
d2['kiwi'] = 'v'
d2['Ünïcödé'] = 614
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['ключ'] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
