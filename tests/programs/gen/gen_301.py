# generated program 301 (tests/probe/gen_programs.py)
d0 = {}
d0[b'\x87\xef.\x89\x99'] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 80 in d0:
    del d0[80]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(False, [1, 2]), (False, 'x' * 3), (False, [1, 2]), (b'\xe9\xdc\xf8\xe9', -7), (18446744073709551619, 0), (False, 449), (True, 'v'), (-1267650600228229401496703205376, 2.5), (16, 413), (False, 0), (-1267650600228229401496703205376, 'x' * 3), (8, 2.5), (13, [1, 2]), (True, 'v'), (b'\x85\xf7\xc7', 832), (b"?'", 0), (b'', -7), (2305843009213693952, 0), (b'\xa6\xcf', 'x' * 3), (b'\xdd', 2.5), (b'U\xee\xa2', 'v'), (60, 165), (b'', 'x' * 3), (False, 0), (100000000000000000036, 0), (True, 'x' * 3), (b'', 0), (False, (3,)), (False, 886), (-1, 'x' * 3), (b'\xd3\xb3-\x94', None), (-1, None), (b'\x17\xb5\x08', [1, 2]), (140229, 0), (False, None), (False, 'v'), (b'\xa5NZ', (3,)), (True, 0), (False, 1), (True, -7)])
d1[18446744073709551620] = (3,)
x = 761916926
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[-1] = None
if -1 in d1:
    del d1[-1]
print(d1.pop(2305843009213693951, 'missing'))
print(d1.pop(False, 'missing'))
d1[False] = 1
if False in d1:
    del d1[False]
print(d1.setdefault(b'\xa2[', 'v'))
d1[2305843009213693952] = 0
d1[True] = 'x' * 3
x = 1025635445
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[100000000000000000019] = 'x' * 3
d1.update(d0)
x = 460201828
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[b''] = 715
d1.update([(b'', 1)], extra=2.5)
if b'\xab\xedVX' in d1:
    del d1[b'\xab\xedVX']
print(d1.setdefault(False, None))
x = 674630175
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if b'' in d1:
    del d1[b'']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=2.5, k1='x' * 3, k2=1, k3=2.5, k4=[1, 2], k5='v', k6=[1, 2], k7=None, k8=0, k9=2.5, k10=1, k11='v')
if '日本50' in d2:
    del d2['日本50']
d2['kiwi'] = -7
if 'pear' in d2:
    del d2['pear']
d2['a😀98'] = 0
if 'a21' in d2:
    del d2['a21']
if d2:
    print(d2.popitem())
d2['pear'] = None
print(d2.pop('a', 'missing'))
if d2:
    print(d2.popitem())
print(d2.pop('pear28', 'missing'))
x = 4572732
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 185838784
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
