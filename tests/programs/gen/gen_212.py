# generated program 212 (tests/probe/gen_programs.py)
d0 = {}
d0[100000000000000000036] = 284
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-1267650600228229401496703205376] = 342
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
d0[59759] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[933120] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(100000000000000000020), 100000000000000000020 in d0, len(d0))
x = 809865203
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[100000000000000000087] = 'x' * 3
d0[-2] = (3,)
d0[-1] = -7
d0[-1267650600228229401496703205376] = 1
print(d0.setdefault(25, (3,)))
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
print(d0.setdefault(2305843009213693951, 2.5))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
print(d1.get('z'), 'z' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 506426685
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 768387340
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'дом78' in d1:
    del d1['дом78']
d1['ключ49'] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx46'] = 232
x = 651874475
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
if '😀18' in d1:
    del d1['😀18']
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.pop('a4', 'missing'))
d1['pear77'] = 0
print(d1.pop('b', 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['𝄞'] = [1, 2]
print(d1.get('中文'), '中文' in d1, len(d1))
d1['pear70'] = (3,)
d1['𝄞'] = 2.5
if 'apple' in d1:
    del d1['apple']
x = 434303155
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
