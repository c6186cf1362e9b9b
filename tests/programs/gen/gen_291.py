# generated program 291 (tests/probe/gen_programs.py)
d0 = {}
d0[-1267650600228229401496703205376] = None
d0[2305843009213693951] = 2.5
print(d0.setdefault(100000000000000000022, 1))
d0.update([(19, 1)], extra='x' * 3)
d0[293610] = 'v'
d0[58] = (3,)
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[100000000000000000023] = None
print(d0.setdefault(-1, None))
x = 99040124
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[18446744073709551619] = 'x' * 3
x = 524456925
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(18446744073709551624), 18446744073709551624 in d0, len(d0))
if 70172 in d0:
    del d0[70172]
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'kiwi35': None, '日本': 'x' * 3, '日本': 0, 'ключ': (3,), 'дом': (3,), 'Ünïcödé96': [1, 2], '𝄞': None, '中文': 'x' * 3, 'ß': -7, 'ключ': 1, 'kiwi90': 1, '中文': 2.5, 'pear12': 0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx59': 'v', 'naïve': (3,), 'apple21': -7, '中文': 0}
d1['fig'] = 'x' * 3
if 'pear' in d1:
    del d1['pear']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['ключ57'] = 0
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
