# generated program 239 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({'apple32', '😀', '𝄞91', '31', '日本', 'é', 'b', '😀10', '中文23', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx78', 'é51', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx66', 'pear', '𝄞', 'key65', 'дом', 'key72', 'naïve', 'a', 'z53', '😀52', 'ß83', '𝄞', 'z', 'key46', 'kiwi15', 'a😀', '𝄞54', '中文91', 'a48', 'a', 'pear', '中文'})
print(d0.pop('中文', 'missing'))
if 'fig44' in d0:
    del d0['fig44']
if 'é' in d0:
    del d0['é']
d0['é'] = (3,)
x = 372615740
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 88232023
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['é'] = -7
d0['中文54'] = 'v'
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 683
print(d0.get('😀60'), '😀60' in d0, len(d0))
d0['😀'] = 'v'
d0['Ünïcödé72'] = -7
d0['b'] = 1
if d0:
    print(d0.popitem())
d0['𝄞47'] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 542299801
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0['apple'] = (3,)
d0['дом'] = (3,)
d0['é'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {-0.0: 793, 'дом79': -7, True: 2.5, True: 1, 1040303: 'x' * 3, 100000000000000000057: 520, 3: 790, -1: [1, 2], 2305843009213693952: 654, False: 'x' * 3, 18446744073709551619: None, False: (3,), 'ß': 2.5, True: 'x' * 3, 'дом': 'v', True: None}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 806688180
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('日本', 'missing'))
d1[False] = 'x' * 3
d1['naïve'] = 2.5
d1[True] = 'v'
d1[False] = 'x' * 3
if -1 in d1:
    del d1[-1]
if False in d1:
    del d1[False]
print(d1.get(False), False in d1, len(d1))
print(d1.get(32), 32 in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=-7, k1='x' * 3, k2=483, k3=(3,), k4='x' * 3, k5=[1, 2], k6='v')
d2['café71'] = 'v'
print(d2.setdefault('日本63', 2.5))
print(d2.pop('b', 'missing'))
d2['fig46'] = 0
if 'pear95' in d2:
    del d2['pear95']
if d2:
    print(d2.popitem())
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
