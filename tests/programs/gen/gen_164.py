# generated program 164 (tests/probe/gen_programs.py)
d0 = dict([((18446744073709551621, 'b', 960864, ), 1), ((18446744073709551624, 2305843009213693951, ), 2.5), (3.141592653589793, 0)])
print(d0.setdefault(b'\x9b', 'v'))
if b'\x18' in d0:
    del d0[b'\x18']
d0[('', -1, '中文', )] = None
d0['café5'] = 'x' * 3
x = 294657415
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 792209526
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'fig' in d0:
    del d0['fig']
if 'kiwi' in d0:
    del d0['kiwi']
d0[('é', 29, '😀', )] = 1
d0[1e-300] = 0
if ('kiwi', '', ) in d0:
    del d0[('kiwi', '', )]
d0[-0.0] = [1, 2]
if b'8\r' in d0:
    del d0[b'8\r']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 1047489518
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0[(-2, 1046030, )] = [1, 2]
d0[b'\x10\xc3\x80'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
