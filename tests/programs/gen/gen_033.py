# generated program 33 (tests/probe/gen_programs.py)
d0 = {}
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx99', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('ключ12', 1)], extra='v')
d0['😀'] = 1
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('a😀85', 527))
if d0:
    print(d0.popitem())
d0[frozenset([59, -1])] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[b'\x8eY\xdc\r'] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[b''] = 'v'
x = 124871683
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 293852055
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if b'\xd1k\xb4' in d1:
    del d1[b'\xd1k\xb4']
if b'\xcfm' in d1:
    del d1[b'\xcfm']
d1.update(d0)
d1[b'4\xa3\x93'] = 1
print(d1.pop(b'\xe8', 'missing'))
print(d1.setdefault(b'', (3,)))
if b'\xe5' in d1:
    del d1[b'\xe5']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[b''] = 868
x = 698233530
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['fig4'] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.get('ß62'), 'ß62' in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
