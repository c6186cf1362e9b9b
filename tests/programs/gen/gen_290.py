# generated program 290 (tests/probe/gen_programs.py)
d0 = {'a😀': 977, b'': None, b'x\xaaI': None, b'\xf5C\xac': 'x' * 3, b'E\xa7\xa6\xb2\xf8': 2.5, 'ß': (3,), b'\x90': None, 'дом': -7, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 1, b'\x81\x04': None, b'z': None, 'fig': 1, 'naïve': -7, b'T\x14\xbf': 2.5, b'\xbe\x06^E]': 2.5, 'apple': 'v', b'Ml\x83\xc78': 'x' * 3, b'\xc6]\x95\xd5]': (3,), b'': 2.5, 'ключ': None, b'be>\x0b\x10': [1, 2]}
if d0:
    print(d0.popitem())
d0['apple81'] = 1
d0.update([('key8', 1)], extra=1)
d0[b'\xf1\xdbt'] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b'\t$F'] = [1, 2]
if d0:
    print(d0.popitem())
d0[b'T\xc3'] = 'x' * 3
d0['key51'] = [1, 2]
d0['b70'] = 0
d0[b'\xbe\xc9\xef\xa7\x7f'] = 'v'
d0[b''] = (3,)
d0[b'\xf5\xb4\x99iZ'] = None
d0.update([(b'', 1)], extra=509)
print(d0.get('ß'), 'ß' in d0, len(d0))
if b'p2#' in d0:
    del d0[b'p2#']
print(d0.pop('𝄞3', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 224))
d0[b'=\xe59W'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {b'\x92\xb1%\xff': None, 'дом82': 0, 'pear': [1, 2], frozenset([-2, 794596, 56]): 'x' * 3}
print(d1.pop(b'?I\xbc#', 'missing'))
if b'\xef7Z' in d1:
    del d1[b'\xef7Z']
print(d1.get(frozenset([])), frozenset([]) in d1, len(d1))
d1[b'\xc1'] = 2.5
d1[frozenset([106042, -1])] = 'x' * 3
print(d1.get(1.1805916207174113e+21), 1.1805916207174113e+21 in d1, len(d1))
print(d1.setdefault(frozenset([2305843009213693952, -1]), 'v'))
d1.update(d0)
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx36' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx36']
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if b'\x1a\xc9' in d1:
    del d1[b'\x1a\xc9']
d1[frozenset([-1267650600228229401496703205376, -2])] = 554
x = 276298625
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate([b'8D\xc9c\xbb', 464584, False, True, b'\xc57'])}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[100000000000000000024] = 'v'
x = 426052130
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 437757822
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
print(d2.get(57), 57 in d2, len(d2))
x = 1057868298
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[-0.0] = 'x' * 3
print(d2.get(b'\xb5'), b'\xb5' in d2, len(d2))
if d2:
    print(d2.popitem())
print(d2.setdefault(1.5, [1, 2]))
if d2:
    print(d2.popitem())
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if -1 in d2:
    del d2[-1]
print(d2.get(True), True in d2, len(d2))
d2[False] = 0
if True in d2:
    del d2[True]
d2[100000000000000000056] = 831
x = 128778846
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
if b'kEhE' in d2:
    del d2[b'kEhE']
if -0.0 in d2:
    del d2[-0.0]
d2[46] = 1
if 1e+300 in d2:
    del d2[1e+300]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
