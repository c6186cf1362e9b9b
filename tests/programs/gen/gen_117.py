# generated program 117 (tests/probe/gen_programs.py)
d0 = dict(k0='x' * 3, k1='v', k2=322, k3=2.5, k4=0, k5='x' * 3, k6=2.5, k7='v', k8=1, k9=1, k10=2.5, k11=-7)
x = 319636796
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 564158069
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[1e+300] = 134
d0[0.1] = None
d0[frozenset([100000000000000000036, -1267650600228229401496703205376, 575677])] = 'v'
if b'\x00E\x8b!' in d0:
    del d0[b'\x00E\x8b!']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([429864, 2305843009213693951, -2])] = 307
x = 825061294
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(frozenset([-1, 158377]), 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if d1:
    print(d1.popitem())
d1['fig'] = (3,)
d1['é42'] = None
print(d1.pop('𝄞65', 'missing'))
if 'naïve18' in d1:
    del d1['naïve18']
if '中文' in d1:
    del d1['中文']
d1['ключ57'] = 2.5
if 'café' in d1:
    del d1['café']
d1['fig'] = (3,)
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = (3,)
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
x = 775353032
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if d2:
    print(d2.popitem())
d2['z55'] = 0
if 'ключ' in d2:
    del d2['ключ']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'café49' in d2:
    del d2['café49']
d2['café'] = None
print(d2.pop('ключ', 'missing'))
if '𝄞' in d2:
    del d2['𝄞']
d2.clear()
d2.update(d0)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['kiwi30'] = 2.5
print(d2.pop('key21', 'missing'))
d2['😀'] = 'x' * 3
d2.clear()
if 'pear' in d2:
    del d2['pear']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 'b' in d2:
    del d2['b']
x = 592568023
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['Ünïcödé'] = 0
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2['fig'] = 813
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
