# generated program 131 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
d0[-1267650600228229401496703205376] = 2.5
if 352545 in d0:
    del d0[352545]
d0[28] = 1
x = 1016260446
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 2305843009213693951 in d0:
    del d0[2305843009213693951]
if 56 in d0:
    del d0[56]
x = 985604483
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop(-1, 'missing'))
d0.update([(64, 1)], extra=None)
d0.update([(18446744073709551623, 1)], extra=2.5)
x = 335439851
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[8] = None
d0[155803] = [1, 2]
if 100000000000000000065 in d0:
    del d0[100000000000000000065]
d0[-1267650600228229401496703205376] = 'x' * 3
x = 340202760
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(32), 32 in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys([b'\xd9 \x85\xf9', b'Y\x0eF\xe6\x11', False, 4, 0.5, 742276, 1e+300, -0.0, -2, -0.0, b'', True, b'{\xff\x13\x0e\xe4', b'\x00\xe0\x90', 518637, -2, True, 7.625, 37, b'\xaa\xef', False, True, 2305843009213693951, b'\x9b\xb6', False, b'>\xccw', b'\x88m', 18446744073709551622, 2305843009213693951, b'\x16', 18446744073709551622, 1.1805916207174113e+21, 0.5], -7)
print(d1.setdefault(False, 0))
print(d1.get(1e-300), 1e-300 in d1, len(d1))
if b'\x1a\x81' in d1:
    del d1[b'\x1a\x81']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate(['key', '', 'é', '', 'ß59', 'key67', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ß', 'b', 'b', 'ß32', '', 'pear41', '中文40', '日本', 'naïve', 'a😀82'])}
d2['a58'] = 95
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
