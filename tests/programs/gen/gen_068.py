# generated program 68 (tests/probe/gen_programs.py)
d0 = dict([(b' \xd8\xcd\x1d', 444), (b'/\xf5\t\xe0', 0), ('café23', 412), (b'\x99\xb83\\', None), ('b', 'x' * 3), ('ключ', 1), (False, 'x' * 3), (True, 854), (False, 66), (False, 1), (True, 0), (b'*\r\x07A', -7), ('key', 0), (b'\x0e', (3,)), (True, (3,)), (b'\xdb', 'v'), (b'\x19f(\x8d', (3,)), ('41', 323), ('z', 0), (b'\xd5\x8f\xa0\xde', 'x' * 3), (False, 1)])
d0[False] = 1
d0[b'\xdb\x7f_'] = -7
d0.update([(b'A?', 1)], extra=1)
d0[b'F838w'] = 572
d0[b'\xea\x00\xc8\xfb'] = 2.5
d0['Ünïcödé'] = None
d0.clear()
d0['fig'] = 920
print(d0.pop(b'{\xcar&', 'missing'))
print(d0.pop('b', 'missing'))
d0[b''] = (3,)
d0['apple0'] = (3,)
d0.update([(b'\x95\xf8\xaf\xce', 1)], extra=2.5)
if True in d0:
    del d0[True]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['дом18'] = (3,)
d1['a😀99'] = 1
d1['Ünïcödé'] = -7
print(d1.get('中文'), '中文' in d1, len(d1))
d1['key13'] = 0
d1['ключ73'] = (3,)
d1['a😀'] = -7
d1['ключ'] = (3,)
if 'key' in d1:
    del d1['key']
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'b': 'v', 'z70': 'v'}
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['b13'] = 609
d2['ключ89'] = 'x' * 3
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['pear'] = [1, 2]
if 'apple' in d2:
    del d2['apple']
x = 555198584
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'дом3' in d2:
    del d2['дом3']
x = 659171299
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['apple'] = 0
print(d2.setdefault('apple', 0))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.pop('é', 'missing'))
if 'дом48' in d2:
    del d2['дом48']
d2.update([('apple21', 1)], extra=[1, 2])
d2.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx6', 1)], extra=2.5)
if '' in d2:
    del d2['']
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
