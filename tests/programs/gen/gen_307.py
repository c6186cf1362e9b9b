# generated program 307 (tests/probe/gen_programs.py)
d0 = {'café81': 'v', 'a32': (3,), 'pear': 0, 'b35': 269, 'ключ29': (3,), 'kiwi28': 'x' * 3, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx90': 260, 'kiwi35': 'v', 'fig93': -7, 'naïve81': 0, '𝄞88': (3,), 'z60': -7, 'café': None, 'a😀30': 0, 'naïve78': 1}
d0['дом'] = -7
print(d0.get('key'), 'key' in d0, len(d0))
d0.update([('naïve77', 1)], extra=None)
d0.update([('a1', 1)], extra=0)
if 'naïve1' in d0:
    del d0['naïve1']
d0['é83'] = [1, 2]
d0['中文96'] = 20
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
if '😀' in d0:
    del d0['😀']
if 'café43' in d0:
    del d0['café43']
d0['é'] = 0
d0['naïve'] = 738
d0.update([('a😀24', 1)], extra=None)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('', (3,)))
d0['apple16'] = (3,)
d0['key'] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx65': 'v', 5.75: -7, -2.25: 1, b"rB'\xfd": 122}
d1[b'\x89R\xc8'] = (3,)
if 'fig19' in d1:
    del d1['fig19']
d1['😀'] = 'v'
print(d1.setdefault(frozenset([-1267650600228229401496703205376]), 0))
d1[b'\xc3'] = 0
d1[frozenset([2305843009213693951, 186632, 45])] = 0
print(d1.pop(frozenset([18446744073709551618, 88, 112]), 'missing'))
d1['𝄞0'] = -7
d1['日本40'] = 'x' * 3
x = 393308300
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1[1e+300] = 0
if frozenset([29, -1]) in d1:
    del d1[frozenset([29, -1])]
if d1:
    print(d1.popitem())
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx58'] = [1, 2]
d1[frozenset([])] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
if frozenset([]) in d1:
    del d1[frozenset([])]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
