# generated program 185 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault('дом43', None))
print(d0.pop('b41', 'missing'))
if d0:
    print(d0.popitem())
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('naïve', 1)], extra=0)
d0['😀66'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('𝄞', 1)], extra=(3,))
print(d0.pop('ключ', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['b'] = -7
if 'Ünïcödé0' in d0:
    del d0['Ünïcödé0']
if 'a54' in d0:
    del d0['a54']
x = 560630174
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('pear'), 'pear' in d0, len(d0))
d0.update([('a😀74', 1)], extra=[1, 2])
d0['naïve6'] = 2.5
print(d0.pop('a😀', 'missing'))
if d0:
    print(d0.popitem())
x = 352119383
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys((451850, -2.25, (), '𝄞', 'é27', 'a', 13, 18446744073709551624, '日本68', -2, 1.1805916207174113e+21, -1267650600228229401496703205376, '79', ('Ünïcödé', ), (32, ), 'apple', 0.1))
d1['25'] = [1, 2]
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
d1[()] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
x = 781508717
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 412683694
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
