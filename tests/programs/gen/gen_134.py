# generated program 134 (tests/probe/gen_programs.py)
d0 = {'pear': 'x' * 3, 'Ünïcödé65': 1, 'kiwi45': [1, 2], 'pear': 1, 'a45': -7, 'key': 'x' * 3, '𝄞': (3,), 'key82': 0, '94': 24, 'pear': 2.5, 'дом': 'v', 'kiwi': 2.5, 'fig': 303, 'z31': None, 'café': 2.5}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('a74', 1)], extra=1)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '53' in d0:
    del d0['53']
print(d0.pop('中文', 'missing'))
if 'fig' in d0:
    del d0['fig']
d0['b69'] = [1, 2]
if '' in d0:
    del d0['']
d0['𝄞'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['pear5'] = 'x' * 3
d0['𝄞'] = 'x' * 3
x = 873511094
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('中文91', 'x' * 3))
d0.update([('日本32', 1)], extra=(3,))
print(d0.get('é'), 'é' in d0, len(d0))
d0['pear15'] = (3,)
if 'é84' in d0:
    del d0['é84']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['a'] = 2.5
d1['𝄞34'] = [1, 2]
x = 92069314
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['😀17'] = 1
print(d1.get('Ünïcödé97'), 'Ünïcödé97' in d1, len(d1))
d1.update(d0)
d1['kiwi'] = None
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {781861: -7, 815649: 2.5, 2305843009213693952: 222, 18446744073709551622: 'v', 100000000000000000001: 1, 42: -7, -31: 1, 2305843009213693951: 0, 45: (3,), 2305843009213693951: 2.5, 5: 2.5}
d2[21] = 1
if d2:
    print(d2.popitem())
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 136900955
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[30] = [1, 2]
d2.update([(2, 1)], extra=-7)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[-1] = (3,)
d2.update([(18446744073709551618, 1)], extra=342)
print(d2.get(1027752), 1027752 in d2, len(d2))
print(d2.setdefault(100000000000000000009, 2.5))
x = 792791880
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[-1] = None
d2.update(d1)
print(d2.pop(56, 'missing'))
d2[-35] = -7
d2[2305843009213693952] = 1
if 100000000000000000027 in d2:
    del d2[100000000000000000027]
x = 1001482138
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d1)
d2[100000000000000000096] = -7
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if d2:
    print(d2.popitem())
if 18446744073709551616 in d2:
    del d2[18446744073709551616]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
