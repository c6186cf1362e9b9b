# generated program 211 (tests/probe/gen_programs.py)
d0 = {'kiwi83': (3,), 'apple95': 'v', 'ß': -7, 'kiwi': 'x' * 3, 'key': 2.5, 'naïve': -7, 'a😀': 2.5, 'a31': 'x' * 3, 'дом': 'x' * 3, 'ключ': (3,), 'café25': 'x' * 3, 'apple': 'v', 'apple68': 'v', 'a': 'v', 'fig12': 0}
d0['é19'] = None
print(d0.pop('café67', 'missing'))
d0['51'] = 'v'
print(d0.pop('a😀10', 'missing'))
d0['a21'] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['é'] = 593
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['naïve54'] = 2.5
d1['a'] = 0
d1['b'] = 'v'
if 'a😀' in d1:
    del d1['a😀']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'café22' in d1:
    del d1['café22']
print(d1.setdefault('Ünïcödé', 269))
d1['b51'] = None
d1['kiwi'] = 'x' * 3
if 'fig' in d1:
    del d1['fig']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['naïve83'] = 0
x = 466855443
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['fig93'] = 64
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys(range(104), 0)
d2[18446744073709551616] = 329
if 100000000000000000018 in d2:
    del d2[100000000000000000018]
d2[18446744073709551617] = 'x' * 3
if -1 in d2:
    del d2[-1]
d2.update([(7, 1)], extra=-7)
d2.clear()
d2.update([(0, 1)], extra=859)
if 48 in d2:
    del d2[48]
d2[2305843009213693952] = None
print(d2.setdefault(-1, 60))
d2[2305843009213693951] = None
x = 489228602
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[673315] = 2.5
d2[-2] = [1, 2]
if d2:
    print(d2.popitem())
d2[564055] = 0
x = 230261221
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[-1267650600228229401496703205376] = [1, 2]
print(d2.get(-1), -1 in d2, len(d2))
print(d2.setdefault(18446744073709551623, 1))
d2.update([(22, 1)], extra=2.5)
print(d2.setdefault(2305843009213693952, -7))
if -1 in d2:
    del d2[-1]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
