# generated program 21 (tests/probe/gen_programs.py)
d0 = {}
d0.update([(-36, 1)], extra=-7)
d0[(49, 'a😀', )] = 267
print(d0.setdefault(b'', 889))
d0[()] = 'v'
print(d0.get(('81', )), ('81', ) in d0, len(d0))
print(d0.pop(28, 'missing'))
d0[b'\x08.\x05\x9e'] = None
x = 844549991
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(1.5), 1.5 in d0, len(d0))
if 304500 in d0:
    del d0[304500]
print(d0.pop(1e+300, 'missing'))
d0[b''] = 0
print(d0.get(3.141592653589793), 3.141592653589793 in d0, len(d0))
d0.update([((100000000000000000072, ), 1)], extra=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 561715751
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 13390172
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(1.5, 1)], extra=0)
if d0:
    print(d0.popitem())
d0[(-1, 'z', 112, )] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([('中文30', 0), ('a😀', 'x' * 3), ('pear14', 1), ('fig', 2.5), ('café', 1), ('café40', 1), ('b4', 'v'), ('apple', 1), ('key', 'v'), ('中文', 1), ('ß67', 75)])
if 'apple80' in d1:
    del d1['apple80']
if 'kiwi80' in d1:
    del d1['kiwi80']
d1['ключ'] = [1, 2]
if '中文' in d1:
    del d1['中文']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
