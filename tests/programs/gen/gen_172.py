# generated program 172 (tests/probe/gen_programs.py)
d0 = {-2: -7, -1267650600228229401496703205376: 1, 18446744073709551622: 1, 2305843009213693951: 310, 2305843009213693952: 'x' * 3, 2305843009213693951: [1, 2], 967610: (3,), 33: 2.5, 40: 393, 18446744073709551624: -7, 418772: 2.5, 32: [1, 2], 2305843009213693951: None, 2305843009213693952: [1, 2], -48: 1, 732591: 61, 592592: None, 47: [1, 2], -1267650600228229401496703205376: 0, -1267650600228229401496703205376: None, -1267650600228229401496703205376: [1, 2], -1267650600228229401496703205376: 'x' * 3, -2: [1, 2], 41: -7, 18446744073709551619: 'v', 549726: 811, -2: 2.5, 28: None, -2: 1, 2305843009213693951: 2.5, 97786: 2.5, 2305843009213693951: 'v', 2305843009213693951: 264, 163397: None}
x = 91861884
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1] = 47
if 842778 in d0:
    del d0[842778]
d0[112] = [1, 2]
d0[184215] = 1
d0[-1] = 'v'
if 3 in d0:
    del d0[3]
d0[33] = 68
d0.update([(-2, 1)], extra=[1, 2])
d0.clear()
d0[96] = 2.5
print(d0.setdefault(-2, (3,)))
d0[-1] = -7
d0.update([(30, 1)], extra=(3,))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'ß': 'x' * 3, 'z': [1, 2], 'ß': 'v', 'naïve': -7, 'Ünïcödé0': 'v', 'a😀93': None, 'naïve54': 2.5, 'ключ64': [1, 2], '中文': 'v', 'naïve20': 0, '😀19': 1, '日本75': None, '😀': 134, 'a😀': [1, 2], 'pear18': [1, 2], 'дом': 0, 'é': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx21': (3,)}
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['дом3'] = None
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx54' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx54']
d1['中文61'] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 960225454
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'Ünïcödé11' in d1:
    del d1['Ünïcödé11']
d1['café75'] = None
d1['𝄞52'] = [1, 2]
print(d1.pop('ß', 'missing'))
d1['b41'] = 'x' * 3
d1['a😀31'] = 1
if 'apple' in d1:
    del d1['apple']
d1['apple'] = (3,)
d1.clear()
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
