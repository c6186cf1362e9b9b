# generated program 94 (tests/probe/gen_programs.py)
d0 = {52: 377, 88: (3,), -2: 'v', 2305843009213693952: 'v'}
x = 51106951
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693952] = 1
x = 132785872
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[18446744073709551619] = 'v'
d0[18446744073709551616] = (3,)
d0[28] = 'x' * 3
d0[-1267650600228229401496703205376] = 2.5
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
if 1044477 in d0:
    del d0[1044477]
d0[18446744073709551620] = None
d0[2305843009213693952] = None
print(d0.pop(-1267650600228229401496703205376, 'missing'))
d0[24] = -7
x = 65126858
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[519111] = 580
if 31 in d0:
    del d0[31]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[195924] = 2.5
if d0:
    print(d0.popitem())
d0[-1267650600228229401496703205376] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {2305843009213693951: [1, 2], -26: 1, 12: (3,), -2: 2.5, -1: 760, -32: 2.5, 4: None, 80: (3,), 2305843009213693951: None, 63: -7, 61: None, 43: 0, -36: 1, -1267650600228229401496703205376: 1, -1: 'x' * 3}
print(d1.setdefault(2305843009213693952, 'x' * 3))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[-2] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[2305843009213693952] = 456
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
d1[-2] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {frozenset([2305843009213693951, 2305843009213693951]): 2.5, 'z': None, frozenset([]): (3,), 'z': 1, False: -7, 'z': 1, True: (3,), 'key': 2.5, False: 'x' * 3, frozenset([112, 18446744073709551617, 754468]): None, 'ß': -7, frozenset([]): None, 'kiwi79': 0, frozenset([100000000000000000083, 46]): 1, 'key83': 1, True: -7, True: 'v', frozenset([2305843009213693951, 18446744073709551623, 2305843009213693951]): [1, 2]}
print(d2.get('é0'), 'é0' in d2, len(d2))
if 'kiwi' in d2:
    del d2['kiwi']
x = 448623870
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
d2['Ünïcödé9'] = [1, 2]
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = -7
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if frozenset([18446744073709551621]) in d2:
    del d2[frozenset([18446744073709551621])]
d2.update([(frozenset([2305843009213693951, -2, -1]), 1)], extra='v')
if frozenset([2305843009213693952, 18446744073709551618]) in d2:
    del d2[frozenset([2305843009213693952, 18446744073709551618])]
d2[True] = 0
print(d2.get(frozenset([])), frozenset([]) in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
