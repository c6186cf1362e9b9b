# generated program 217 (tests/probe/gen_programs.py)
d0 = {(): 'x' * 3, 18446744073709551620: 0, 48: (3,), 'ключ87': -7, '中文': 0, ('kiwi93', 'pear', ): 257, 64: 765, -2: 2.5, 832774: 171, '日本': None, (2, '😀', 'é82', ): 2.5, -1267650600228229401496703205376: 'v', 'café22': 621, ('fig16', ): 2.5, 'Ünïcödé67': 0, -1267650600228229401496703205376: 0}
d0[-1267650600228229401496703205376] = 1
if d0:
    print(d0.popitem())
d0.update([(('z37', 'Ünïcödé89', -1267650600228229401496703205376, ), 1)], extra='x' * 3)
if 80 in d0:
    del d0[80]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if () in d0:
    del d0[()]
d0[(2305843009213693951, 925741, 'kiwi36', )] = (3,)
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 2.5
d0.update([(-1, 1)], extra=[1, 2])
d0.update([(-1, 1)], extra=[1, 2])
d0[-1] = 2.5
print(d0.pop(-28, 'missing'))
d0['22'] = None
print(d0.get((-2, )), (-2, ) in d0, len(d0))
print(d0.get('日本58'), '日本58' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys('i')
d1[frozenset([])] = 0
d1[('a', 25, 'ключ82', )] = -7
if d1:
    print(d1.popitem())
x = 958879858
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[b''] = 0
if d1:
    print(d1.popitem())
x = 431775045
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault(b'', 2.5))
d1[('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '😀', )] = 1
print(d1.pop(('b32', ), 'missing'))
if frozenset([]) in d1:
    del d1[frozenset([])]
d1[()] = None
d1.update(d0)
d1[b'\x1c\xec)\xa5'] = (3,)
d1.update([(b'', 1)], extra=2.5)
d1[frozenset([2305843009213693951, 100000000000000000008])] = None
d1[b'\xc8'] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
if 26 in d2:
    del d2[26]
d2[True] = 'x' * 3
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
