# generated program 17 (tests/probe/gen_programs.py)
d0 = {}
if '42' in d0:
    del d0['42']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 490497259
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop('naïve10', 'missing'))
print(d0.get('café'), 'café' in d0, len(d0))
if d0:
    print(d0.popitem())
d0['Ünïcödé13'] = 2.5
d0['b4'] = 1
if d0:
    print(d0.popitem())
d0['fig'] = -7
print(d0.setdefault('kiwi92', 0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0['中文'] = 0
if 'key' in d0:
    del d0['key']
d0.update([('Ünïcödé', 1)], extra='v')
d0['中文50'] = 'v'
d0['apple'] = 2.5
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[0.5] = [1, 2]
d1[(968007, )] = 'x' * 3
d1[3.141592653589793] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([(('дом', '𝄞92', '日本', ), 1)], extra=[1, 2])
d1.clear()
d1[-2.25] = None
x = 715148682
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
if d1:
    print(d1.popitem())
d1[(691104, 2305843009213693951, )] = 'x' * 3
print(d1.get(0.1), 0.1 in d1, len(d1))
d1[()] = (3,)
print(d1.setdefault((23, 'дом', ), (3,)))
d1[(2305843009213693952, )] = 'x' * 3
d1[()] = 0
x = 808092059
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2[56] = 2.5
d2[100000000000000000037] = -7
d2[22] = 0
d2[21] = 1
d2[100000000000000000048] = 0
x = 1041807304
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[120] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[18446744073709551624] = 2.5
print(d2.get(-2), -2 in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[2305843009213693952] = 'v'
print(d2.get(-1), -1 in d2, len(d2))
d2.update(d1)
d2.update(d0)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
