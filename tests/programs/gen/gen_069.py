# generated program 69 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
x = 39385536
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['naïve75'] = 'v'
print(d0.pop('中文', 'missing'))
d0['apple'] = 'x' * 3
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx94', 'missing'))
print(d0.setdefault('日本', 986))
if d0:
    print(d0.popitem())
if 'a' in d0:
    del d0['a']
d0['z'] = None
print(d0.get('𝄞'), '𝄞' in d0, len(d0))
if d0:
    print(d0.popitem())
d0.update([('中文', 1)], extra=718)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['ß65', '😀9', 'kiwi40', '日本97'])}
if 'é45' in d1:
    del d1['é45']
if 'key63' in d1:
    del d1['key63']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['café'] = -7
x = 736731097
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'café' in d1:
    del d1['café']
print(d1.setdefault('kiwi', 2.5))
d1['ключ95'] = None
x = 469623420
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if '𝄞' in d1:
    del d1['𝄞']
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx22'] = [1, 2]
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx58'] = None
d1['key75'] = [1, 2]
d1['中文'] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict([(2305843009213693951, 1), (745383, -7), (-1, 1)])
d2[56] = 0
print(d2.pop(100000000000000000029, 'missing'))
x = 670391467
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 56 in d2:
    del d2[56]
if d2:
    print(d2.popitem())
d2[100000000000000000062] = [1, 2]
if 2305843009213693952 in d2:
    del d2[2305843009213693952]
d2.clear()
x = 750225576
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.update(d0)
d2[-1] = 'v'
d2[241754] = None
if -15 in d2:
    del d2[-15]
if 483329 in d2:
    del d2[483329]
if 988353 in d2:
    del d2[988353]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
