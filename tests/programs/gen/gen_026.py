# generated program 26 (tests/probe/gen_programs.py)
d0 = dict([(337598, 'v'), (-1267650600228229401496703205376, 'x' * 3), (2305843009213693952, [1, 2]), (-2, 0), (-2, 1), (18446744073709551623, 2.5), (-2, None), (100000000000000000063, [1, 2]), (2305843009213693952, 946), (100000000000000000027, 0), (2305843009213693951, (3,)), (-1, -7), (19, None), (2305843009213693952, 'v'), (100000000000000000033, 27), (2305843009213693951, -7)])
d0.update([(18446744073709551616, 1)], extra=[1, 2])
print(d0.setdefault(18446744073709551618, 0))
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
x = 290593363
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[866616] = 2.5
d0[33] = -7
d0[2305843009213693951] = (3,)
d0[-1267650600228229401496703205376] = (3,)
d0[18446744073709551621] = -7
d0[-1267650600228229401496703205376] = -7
d0[39303] = -7
d0[26] = 'x' * 3
print(d0.pop(189670, 'missing'))
if -1 in d0:
    del d0[-1]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if 'naïve' in d1:
    del d1['naïve']
d1.update([('😀25', 1)], extra=[1, 2])
d1['a2'] = 1
if d1:
    print(d1.popitem())
d1['中文22'] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.pop('pear63', 'missing'))
d1['key76'] = (3,)
d1['ключ30'] = 1
if '' in d1:
    del d1['']
print(d1.get('ключ'), 'ключ' in d1, len(d1))
print(d1.get('𝄞'), '𝄞' in d1, len(d1))
d1['z4'] = 0
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx7'] = (3,)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1['fig4'] = (3,)
if 'apple' in d1:
    del d1['apple']
d1.update([('key', 1)], extra=1)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'naïve': -7, 'ß': 'v', 'é16': 0, '𝄞': 1}
print(d2.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 2.5))
if '中文' in d2:
    del d2['中文']
d2.update(d0)
d2['fig'] = -7
d2['中文51'] = None
d2.update(d0)
if 'fig68' in d2:
    del d2['fig68']
d2['😀'] = 0
d2['z'] = 'x' * 3
print(d2.setdefault('pear93', 0))
d2['ß'] = -7
if d2:
    print(d2.popitem())
d2['日本51'] = 135
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'naïve29' in d2:
    del d2['naïve29']
if 'ключ' in d2:
    del d2['ключ']
print(d2.pop('😀31', 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
