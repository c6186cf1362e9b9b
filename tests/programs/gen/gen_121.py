# generated program 121 (tests/probe/gen_programs.py)
d0 = {-1267650600228229401496703205376: 492, 38: None, 18: 0}
x = 703556207
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if -1 in d0:
    del d0[-1]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
if 120 in d0:
    del d0[120]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(-1267650600228229401496703205376, 1)], extra=(3,))
d0[100000000000000000041] = 0
x = 767119551
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693952] = 'x' * 3
d0[-1] = 534
d0.update([(-2, 1)], extra='v')
d0[-21] = 'x' * 3
d0[100000000000000000072] = -7
print(d0.setdefault(-1, 2.5))
print(d0.setdefault(-2, 0))
d0.update([(48, 1)], extra=[1, 2])
d0[2305843009213693952] = None
d0[2305843009213693951] = 0
d0[-1267650600228229401496703205376] = 'v'
d0[72] = 'v'
print(d0.setdefault(372632, 801))
print(d0.get(-1), -1 in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys('ebadljhkhlafdeiblfia')
d1.update(d0)
d1[-1] = None
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault(18446744073709551620, [1, 2]))
print(d1.setdefault(2305843009213693952, 'v'))
print(d1.setdefault(9, 38))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=1, k1=None, k2='v', k3='x' * 3, k4='x' * 3)
if ('café19', 41, 'apple', ) in d2:
    del d2[('café19', 41, 'apple', )]
print(d2.get(()), () in d2, len(d2))
d2['дом89'] = (3,)
d2['中文'] = 'v'
x = 231033403
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'kiwi' in d2:
    del d2['kiwi']
d2[('ключ35', )] = 692
d2['z'] = 'v'
d2[(-1, '5', 2305843009213693951, )] = (3,)
d2[('pear', 'a', '日本', )] = 'x' * 3
d2[('日本', 104, )] = 1
if ('中文99', 9, ) in d2:
    del d2[('中文99', 9, )]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
