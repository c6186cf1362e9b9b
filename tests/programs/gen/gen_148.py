# generated program 148 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([True, False, False, True, False, True, (100000000000000000079, -1267650600228229401496703205376, ), False, (2305843009213693951, 'z33', 18446744073709551624, ), (18446744073709551622, ), False, True, True, (), ()])}
if ('key', -2, '中文', ) in d0:
    del d0[('key', -2, '中文', )]
print(d0.get(False), False in d0, len(d0))
d0[False] = (3,)
print(d0.setdefault(True, -7))
if True in d0:
    del d0[True]
print(d0.setdefault(('apple95', ), 'v'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[True] = 392
d0[True] = 0
if ('fig0', ) in d0:
    del d0[('fig0', )]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[(-2, )] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[(7, 600545, )] = 'x' * 3
if ('apple', '', 18446744073709551617, ) in d0:
    del d0[('apple', '', 18446744073709551617, )]
x = 412511599
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys({0})
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault('fig42', 2.5))
d1.update(d0)
d1['𝄞11'] = [1, 2]
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 2.5
if 'pear20' in d1:
    del d1['pear20']
d1.update(d0)
d1.clear()
if d1:
    print(d1.popitem())
x = 891512108
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'ключ' in d1:
    del d1['ключ']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['a5'] = 'v'
x = 1058213880
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 6701749
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'pear12' in d1:
    del d1['pear12']
if '𝄞22' in d1:
    del d1['𝄞22']
if 'ключ' in d1:
    del d1['ключ']
d1.update(d0)
if d1:
    print(d1.popitem())
d1['Ünïcödé'] = 1
d1['дом2'] = 0
if 'дом72' in d1:
    del d1['дом72']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
