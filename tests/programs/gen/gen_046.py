# generated program 46 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['naïve13'] = (3,)
print(d0.get('b58'), 'b58' in d0, len(d0))
if 'naïve75' in d0:
    del d0['naïve75']
if d0:
    print(d0.popitem())
print(d0.pop('ключ', 'missing'))
d0['😀62'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {1e-300: None, 74252: 1, (2305843009213693952, ): 540, 39: 263, -0.0: 1, 1.1805916207174113e+21: 'x' * 3, 18446744073709551619: 1, 120: None, ('Ünïcödé28', '😀', ): -7, -0.0: 1, (): 0, 0.5: 2.5, -1267650600228229401496703205376: -7, 519331: 2.5, -2: 1, ('kiwi', -1267650600228229401496703205376, ): -7, 16: 441}
x = 918948611
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[3.0] = -7
d1[-14] = 'v'
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'apple25': 0, 'fig': (3,), 'ключ': 0, '66': None, '中文77': 1, 'pear': 596, '': None, 'é70': 'x' * 3, 'key0': -7, 'a32': 2.5, '中文': 'v', 'fig': 705, 'ключ': -7, 'дом': 2.5, 'fig': 0}
if 'kiwi' in d2:
    del d2['kiwi']
x = 193229574
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'apple9' in d2:
    del d2['apple9']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d2, len(d2))
d2['𝄞96'] = [1, 2]
if 'Ünïcödé60' in d2:
    del d2['Ünïcödé60']
d2.update(d1)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 183789489
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 996100537
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 'naïve67' in d2:
    del d2['naïve67']
if '中文' in d2:
    del d2['中文']
print(d2.pop('key', 'missing'))
d2.clear()
d2['😀'] = 'x' * 3
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = (3,)
d2['ключ'] = [1, 2]
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx96'] = (3,)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
