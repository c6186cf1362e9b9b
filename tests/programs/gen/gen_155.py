# generated program 155 (tests/probe/gen_programs.py)
d0 = {}
x = 56268147
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(56, (3,)))
if -40 in d0:
    del d0[-40]
print(d0.pop(31, 'missing'))
d0[100000000000000000002] = 1
d0.update([(-1, 1)], extra=None)
print(d0.pop(886015, 'missing'))
print(d0.setdefault(104, -7))
d0[-1267650600228229401496703205376] = 0
x = 62939105
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-2] = 893
d0.update([(281750, 1)], extra=None)
d0.update([(14, 1)], extra=None)
print(d0.pop(-38, 'missing'))
d0[2305843009213693952] = None
d0[-12] = [1, 2]
d0[100000000000000000059] = 2.5
x = 305650665
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[2305843009213693951] = 'v'
d0[100000000000000000076] = None
if 100000000000000000078 in d0:
    del d0[100000000000000000078]
print(d0.setdefault(357095, 2.5))
d0[672938] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'': None, 'pear82': (3,), 'ß': (3,), 'fig73': 1, 'pear': (3,), 'z12': [1, 2], 'key36': None, '𝄞94': None, 'kiwi26': 'x' * 3, 'fig': (3,), 'ключ43': None, 'z': 0, 'naïve21': 0, 'ключ': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None, '': None, 'naïve': -7, '日本': None, 'apple4': -7, 'é87': 0, 'Ünïcödé6': None, 'ß55': (3,), '日本': None, '中文': (3,), 'a😀': 1, 'b': 2.5, 'é': -7, 'naïve92': None, '😀77': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx85': -7, 'Ünïcödé25': (3,), 'café72': (3,), '中文': 1}
if '' in d1:
    del d1['']
print(d1.get('日本'), '日本' in d1, len(d1))
d1['b'] = 1
x = 936071414
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('a😀72', 0))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2[('a😀', -1, 48, )] = (3,)
d2[0.1] = None
d2[(45, 'key', 18446744073709551617, )] = -7
print(d2.pop(('32', 'a😀', 'fig', ), 'missing'))
d2.update([(-0.0, 1)], extra=350)
d2[-2.25] = 256
print(d2.pop(1.1805916207174113e+21, 'missing'))
if d2:
    print(d2.popitem())
if () in d2:
    del d2[()]
d2[11.625] = 'v'
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
