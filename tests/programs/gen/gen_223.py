# generated program 223 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({'дом': 1, 'b': 1, 'Ünïcödé24': 1, 'b': 1, 'дом': 1, 'ß': 1, 'pear': 1, 'café': 1, '中文': 1, 'a😀85': 1, 'a7': 1, 'a😀': 1, 'дом94': 1, 'Ünïcödé': 1, 'key95': 1, '56': 1, 'apple5': 1, 'apple': 1, '𝄞': 1, 'b': 1, 'é': 1, 'pear29': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx96': 1, 'дом73': 1, 'z': 1, 'fig': 1, 'é': 1, '😀75': 1, 'z73': 1, 'a😀16': 1, 'café': 1, 'apple': 1, 'a89': 1, 'дом17': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx3': 1, 'b': 1, 'ß': 1, '日本76': 1, '日本45': 1, '𝄞': 1}, 'v')
x = 358113647
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0['key'] = 'v'
if 'key' in d0:
    del d0['key']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 437647161
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('apple99', 'missing'))
d0['fig6'] = 'x' * 3
if d0:
    print(d0.popitem())
d0['дом'] = 'v'
d0.clear()
x = 1072518954
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['a'] = [1, 2]
x = 743583101
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'ключ' in d0:
    del d0['ключ']
d0['中文78'] = None
d0['fig'] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['😀'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'😀': 283, frozenset([-2]): 'x' * 3, frozenset([2305843009213693951, -2]): (3,), 3.141592653589793: -7, 1e-300: 0, True: 0, '𝄞': -7}
d1[frozenset([2305843009213693951, 18446744073709551622])] = 1
print(d1.setdefault(frozenset([2305843009213693952, -1, 32]), 2.5))
d1.clear()
x = 375294590
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[frozenset([16, -1])] = 'v'
print(d1.get(frozenset([])), frozenset([]) in d1, len(d1))
d1[frozenset([])] = (3,)
x = 303857100
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
print(d1.pop('naïve52', 'missing'))
if d1:
    print(d1.popitem())
d1[10.25] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
