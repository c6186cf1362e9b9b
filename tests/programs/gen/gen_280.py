# generated program 280 (tests/probe/gen_programs.py)
d0 = {}
d0[b'\x96\xc3\x056k'] = 1
d0[frozenset([689189, -1, 234437])] = 0
d0[b'\x0c6\x04n\x83'] = 0
d0[frozenset([])] = 0
if b'\r\x89\x87\xcfV' in d0:
    del d0[b'\r\x89\x87\xcfV']
d0[b''] = 978
if frozenset([-2, 100000000000000000089, 100000000000000000061]) in d0:
    del d0[frozenset([-2, 100000000000000000089, 100000000000000000061])]
d0[b'\xd6'] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(b'~', 1))
if d0:
    print(d0.popitem())
print(d0.get(b'\xde\xcd(\x83\xe2'), b'\xde\xcd(\x83\xe2' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'apple' in d1:
    del d1['apple']
d1['Ünïcödé48'] = 1
print(d1.pop('fig54', 'missing'))
print(d1.get('a😀95'), 'a😀95' in d1, len(d1))
d1['Ünïcödé'] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1['a'] = 'v'
d1['中文28'] = 'x' * 3
if 'kiwi' in d1:
    del d1['kiwi']
x = 777437424
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['😀'] = -7
d1['café37'] = 1
d1.update(d0)
if 'café65' in d1:
    del d1['café65']
d1.clear()
x = 419529546
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1['Ünïcödé27'] = 0
d1['a😀17'] = 2.5
print(d1.get('é53'), 'é53' in d1, len(d1))
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
