# generated program 67 (tests/probe/gen_programs.py)
d0 = {-1: 'x' * 3, -2: 2.5, 100000000000000000040: 'v', 296225: 'x' * 3, -1267650600228229401496703205376: (3,), 18446744073709551617: None, 80: 0, 100000000000000000092: None, 18446744073709551623: None, 20: 2.5, -3: (3,), -1267650600228229401496703205376: 'x' * 3, 38: 0, 64: [1, 2], 18446744073709551618: 2.5, 80: 1, -2: 0, 48: 'v', 71495: 'x' * 3, 100000000000000000018: 1, -1267650600228229401496703205376: None, 8: 'v', 31: 623, -1267650600228229401496703205376: None, 2305843009213693952: 2.5, 1029772: None, -2: 0, 2305843009213693952: None, 32: 2.5, 120: -7, 80: (3,), -1267650600228229401496703205376: 2.5, 18446744073709551623: 'v'}
if 18446744073709551619 in d0:
    del d0[18446744073709551619]
d0[2305843009213693952] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 0, 'ß': 0, '𝄞6': 'x' * 3, '😀95': 'v', 'pear': 775, 'fig': (3,), 'ключ17': None, 'a': 'v', 'b62': None, 'é84': 'v', 'b': 0, 'ß': (3,), 'apple': [1, 2], 'key': (3,), 'дом': -7}
x = 983241578
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 367393264
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('b', 'missing'))
d1['дом95'] = 2.5
d1.update(d0)
print(d1.get('kiwi37'), 'kiwi37' in d1, len(d1))
d1['apple95'] = [1, 2]
d1['é95'] = 'x' * 3
if 'a' in d1:
    del d1['a']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'café18': 'x' * 3}
d2[''] = 'x' * 3
if '日本' in d2:
    del d2['日本']
d2['a😀44'] = 1
if d2:
    print(d2.popitem())
print(d2.get('😀82'), '😀82' in d2, len(d2))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'Ünïcödé' in d2:
    del d2['Ünïcödé']
print(d2.setdefault('fig', 0))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if '日本' in d2:
    del d2['日本']
d2['ß'] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['fig10'] = 2.5
if 'é' in d2:
    del d2['é']
d2['𝄞'] = -7
if 'naïve69' in d2:
    del d2['naïve69']
x = 65223893
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['é'] = -7
d2['😀23'] = [1, 2]
d2.update(d1)
print(d2.setdefault('中文53', (3,)))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
