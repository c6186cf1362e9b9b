# generated program 263 (tests/probe/gen_programs.py)
d0 = {}
d0[False] = (3,)
print(d0.setdefault(False, 841))
d0[1e-300] = 130
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[False] = 'v'
if -2 in d0:
    del d0[-2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[True] = (3,)
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'😀46': [1, 2], '日本45': 'x' * 3, 'pear': 874, 'é89': -7, 'Ünïcödé9': -7, '': 101, '𝄞28': 867, 'kiwi': [1, 2], 'ß': 'v', 'naïve': 2.5, 'ключ92': 846}
if 'fig' in d1:
    del d1['fig']
if d1:
    print(d1.popitem())
d1.update(d0)
d1['apple6'] = 1
d1['naïve'] = (3,)
d1['日本'] = None
d1['中文'] = 2.5
if d1:
    print(d1.popitem())
print(d1.get('😀'), '😀' in d1, len(d1))
d1['b11'] = 'v'
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=0, k1='v', k2=-7)
d2.update([(-1267650600228229401496703205376, 1)], extra=0)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 8 in d2:
    del d2[8]
if d2:
    print(d2.popitem())
d2.update([(100000000000000000054, 1)], extra=-7)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[-1] = None
print(d2.setdefault(234830, 647))
d2[720717] = (3,)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[-2] = -7
d2.clear()
d2[59] = 1
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2[100000000000000000025] = 1
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 1059552791
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.pop(32, 'missing'))
print(d2.pop(-2, 'missing'))
d2[6] = 'v'
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2[96] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
