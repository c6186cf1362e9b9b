# generated program 43 (tests/probe/gen_programs.py)
d0 = {frozenset([-2, 42, 2305843009213693952]): (3,), frozenset([-1267650600228229401496703205376, 668710]): [1, 2], frozenset([-1267650600228229401496703205376, 2305843009213693951]): 2.5, frozenset([]): [1, 2], ('50', ): -7, ('naïve', -2, ): -7, frozenset([58]): (3,), -2: -7, (2305843009213693952, -1267650600228229401496703205376, ): 2.5, (100000000000000000009, ): (3,), frozenset([]): [1, 2], frozenset([-1, 548984]): None, 'key96': 2.5, frozenset([100000000000000000044, -21, 2305843009213693952]): (3,), 'ß': 'v', frozenset([]): -7, ('ß62', 358456, ): 1}
d0[(12, )] = [1, 2]
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[2305843009213693952] = 119
print(d0.pop('é', 'missing'))
if d0:
    print(d0.popitem())
x = 721327209
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1] = 'x' * 3
x = 140778524
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys({'apple57', 'kiwi90', 'Ünïcödé34', 'key35', '中文', 'b10', 'café67', 'kiwi', 'kiwi', 'key', '日本88', '😀93', 'z', 'ключ88', 'apple6'})
d1['日本81'] = 827
if 'é' in d1:
    del d1['é']
d1['z78'] = (3,)
d1['pear75'] = 2.5
print(d1.pop('fig21', 'missing'))
if 'apple' in d1:
    del d1['apple']
if '𝄞' in d1:
    del d1['𝄞']
d1['b'] = 0
print(d1.get('Ünïcödé24'), 'Ünïcödé24' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault('8', 1))
d1['𝄞92'] = [1, 2]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
