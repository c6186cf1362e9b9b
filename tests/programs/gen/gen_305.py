# generated program 305 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
if frozenset([-1267650600228229401496703205376]) in d0:
    del d0[frozenset([-1267650600228229401496703205376])]
d0[False] = 2.5
if frozenset([-39, 2305843009213693951, -1]) in d0:
    del d0[frozenset([-39, 2305843009213693951, -1])]
print(d0.get(False), False in d0, len(d0))
d0.update([(frozenset([]), 1)], extra=None)
d0[False] = 574
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'pear': [1, 2], 'a😀': 0, 'apple98': 0, 'fig37': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 2.5, 'fig39': None, 'Ünïcödé71': 2.5, 'b': -7, 'b31': None, 'a😀68': 'v', 'a2': (3,), 'kiwi': 2.5, 'kiwi77': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 'x' * 3, 'ключ': (3,), 'café': -7, '𝄞': (3,), 'kiwi12': (3,), 'Ünïcödé': 'v', 'apple67': None, 'pear10': 'x' * 3, 'a3': 1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx53': None, '😀': 'v', 'pear': None, 'a36': 'v', 'a38': 'x' * 3, 'b': 0, 'apple': (3,), 'apple': [1, 2], '𝄞': 2.5, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': None, 'ß': 'x' * 3, 'b35': None}
d1['b40'] = (3,)
if '15' in d1:
    del d1['15']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.pop('a😀', 'missing'))
d1['😀'] = (3,)
d1['z50'] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 649586044
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('a😀', [1, 2]))
if '中文56' in d1:
    del d1['中文56']
d1['😀'] = 1
d1['66'] = 0
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'z80' in d1:
    del d1['z80']
print(d1.pop('naïve', 'missing'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'z67' in d1:
    del d1['z67']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
