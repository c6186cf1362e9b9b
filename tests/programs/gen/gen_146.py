# generated program 146 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({'kiwi42', 'ß', 'a😀75', 'fig80', '𝄞'})
d0['a'] = 2.5
d0['😀13'] = 0
x = 18480766
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('a51'), 'a51' in d0, len(d0))
print(d0.get('日本74'), '日本74' in d0, len(d0))
d0['fig'] = (3,)
d0['é32'] = 'v'
d0['ключ20'] = (3,)
d0.clear()
d0['b77'] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[''] = 'v'
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['key19'] = None
print(d1.get('😀'), '😀' in d1, len(d1))
x = 19639790
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['𝄞30'] = 2.5
x = 968265691
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if '𝄞' in d1:
    del d1['𝄞']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
