# generated program 158 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['key'] = None
d0['a😀61'] = 766
d0['z'] = 2.5
d0['fig'] = 2.5
d0['😀'] = (3,)
if 'kiwi49' in d0:
    del d0['kiwi49']
if 'key' in d0:
    del d0['key']
d0['𝄞76'] = 1
d0['ß45'] = 'v'
print(d0.get('ключ77'), 'ключ77' in d0, len(d0))
d0.update([('pear', 1)], extra=[1, 2])
d0['a'] = (3,)
if 'a😀' in d0:
    del d0['a😀']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('дом', 526))
if '15' in d0:
    del d0['15']
x = 592503451
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'naïve75' in d0:
    del d0['naïve75']
if '😀69' in d0:
    del d0['😀69']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ключ'] = 59
d0['a'] = 'v'
print(d0.get('ß92'), 'ß92' in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(d1.get('fig92'), 'fig92' in d1, len(d1))
if 'ß46' in d1:
    del d1['ß46']
if 'ß23' in d1:
    del d1['ß23']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys('cehhjgfhegidlgcak')
d2[True] = None
print(d2.pop(True, 'missing'))
d2[1.5] = 1
if d2:
    print(d2.popitem())
d2.update(d0)
d2[('b16', )] = 0
d2[frozenset([-2, 2305843009213693952, 100000000000000000069])] = [1, 2]
if False in d2:
    del d2[False]
print(d2.setdefault(('a😀', ), -7))
d2[(100000000000000000088, -1267650600228229401496703205376, 'z', )] = (3,)
print(d2.setdefault(True, 'x' * 3))
x = 265139427
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop((-2, 'ключ', ), 'missing'))
d2.update(d0)
x = 12435848
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[1.1805916207174113e+21] = 1
d2[True] = None
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 610563928
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if frozenset([707179]) in d2:
    del d2[frozenset([707179])]
d2[False] = 992
if (-1267650600228229401496703205376, -2, ) in d2:
    del d2[(-1267650600228229401496703205376, -2, )]
d2[False] = 0
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
