# generated program 163 (tests/probe/gen_programs.py)
d0 = {}
print(d0.pop(18446744073709551621, 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0[1044727] = -7
d0.update([(104, 1)], extra=901)
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
d0.clear()
if 50 in d0:
    del d0[50]
d0[72] = 2.5
if 1026619 in d0:
    del d0[1026619]
if -2 in d0:
    del d0[-2]
d0[44] = 0
d0[-1267650600228229401496703205376] = 0
d0.update([(-1, 1)], extra=(3,))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'café77': 2.5, 'a2': 331, 'дом13': 1, 'kiwi': 2.5, 'b': 201, '😀': None, 'key': [1, 2], '😀': [1, 2], 'apple92': 433, 'fig11': None, '日本': 0, 'Ünïcödé': (3,), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx34': None, '': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx45': 'x' * 3, '𝄞': None, 'a': 1, '': 866}
d1.update(d0)
x = 713370026
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['café'] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
