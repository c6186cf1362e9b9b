# generated program 81 (tests/probe/gen_programs.py)
d0 = {'ключ': None, '7': 'x' * 3}
if '55' in d0:
    del d0['55']
if 'Ünïcödé10' in d0:
    del d0['Ünïcödé10']
d0['日本'] = 'x' * 3
d0['café11'] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['z'] = None
if '𝄞' in d0:
    del d0['𝄞']
if '中文99' in d0:
    del d0['中文99']
d0['z'] = (3,)
d0.update([('café48', 1)], extra=-7)
x = 348480170
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['fig11'] = 0
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = None
print(d0.pop('a7', 'missing'))
d0['дом'] = [1, 2]
x = 417509914
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['pear13'] = 'x' * 3
d0['91'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys({18446744073709551621, -2, 18446744073709551618, -16, 88, -1267650600228229401496703205376})
d1[18446744073709551624] = 'v'
d1[-1267650600228229401496703205376] = None
d1[2305843009213693952] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 283096750
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 494709153
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault(345057, 'v'))
d1[0] = [1, 2]
d1[119571] = 1
x = 664267345
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
x = 1807324
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {k: i for i, k in enumerate([(-1, 18446744073709551617, 'Ünïcödé6', ), (-1267650600228229401496703205376, ), 5.375, 8.875, ('key13', '中文33', ), ('中文69', -1267650600228229401496703205376, ), 'naïve', 'kiwi', ('é89', 2305843009213693951, ), '日本', ('key', ), ('中文0', 9, -2, ), (2305843009213693951, ), frozenset([112, -2]), ('😀', 'key', ), 1.1805916207174113e+21, 1.1805916207174113e+21, (), 'key13', frozenset([2305843009213693951]), 1e+300, frozenset([-1, 42, 2305843009213693951]), frozenset([100000000000000000094, -2, 2305843009213693952]), frozenset([175690, -1, 100000000000000000052]), frozenset([-1267650600228229401496703205376, -1]), frozenset([]), frozenset([-1267650600228229401496703205376, -1267650600228229401496703205376]), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx54', (), ('é', 24, ), (550712, ), 1e+300, 1e-300])}
d2.update(d1)
d2['z47'] = 0
d2[-0.0] = [1, 2]
print(d2.setdefault((24, ), [1, 2]))
d2.clear()
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
