# generated program 231 (tests/probe/gen_programs.py)
d0 = {'中文': (3,), 'pear': None, 'a72': 'x' * 3}
print(d0.get('naïve76'), 'naïve76' in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'naïve79' in d0:
    del d0['naïve79']
print(d0.pop('日本', 'missing'))
if 'naïve' in d0:
    del d0['naïve']
d0['kiwi'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'key' in d0:
    del d0['key']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['fig86'] = 2.5
if 'kiwi' in d0:
    del d0['kiwi']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['дом6'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
x = 900471054
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 2305843009213693951 in d1:
    del d1[2305843009213693951]
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
print(d1.pop(2305843009213693952, 'missing'))
print(d1.pop(18446744073709551620, 'missing'))
print(d1.setdefault(-1267650600228229401496703205376, 2.5))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-1267650600228229401496703205376] = 'x' * 3
d1[-2] = 1
d1[-1267650600228229401496703205376] = [1, 2]
d1.clear()
d1[11] = None
if d1:
    print(d1.popitem())
d1[-1267650600228229401496703205376] = [1, 2]
d1[2305843009213693952] = 1
d1[18446744073709551620] = 0
d1.update([(-2, 1)], extra=75)
d1[64] = None
d1[-1] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2['дом50'] = 'v'
d2['😀'] = [1, 2]
d2['apple'] = 651
if d2:
    print(d2.popitem())
x = 619639658
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'apple18' in d2:
    del d2['apple18']
d2['𝄞'] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
