# generated program 292 (tests/probe/gen_programs.py)
d0 = dict(k0=1, k1=None, k2=None, k3=1)
d0['😀85'] = 1
if 'ключ29' in d0:
    del d0['ключ29']
d0['ключ'] = 192
if 'fig' in d0:
    del d0['fig']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {60606: [1, 2], 48: (3,), -2: 'x' * 3, 80: (3,), 24: 2.5, -1: -7, 2305843009213693952: [1, 2], 24: 160, -1267650600228229401496703205376: 'v', 104: 2.5, 2305843009213693952: 'x' * 3, 2305843009213693951: 0, 595588: 'v', 43: 2.5, 2305843009213693952: 2.5, -1267650600228229401496703205376: 2.5}
d1[80] = (3,)
d1.update(d0)
x = 616938490
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1.update([(48, 1)], extra=2.5)
if d1:
    print(d1.popitem())
if 18446744073709551619 in d1:
    del d1[18446744073709551619]
if -30 in d1:
    del d1[-30]
d1[18446744073709551620] = 'v'
d1[-1] = 887
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {'café': 0, '😀89': (3,), 'apple': 0, '中文': 0, '𝄞4': None, '中文86': (3,), 'b37': 1, 'café36': 0, 'дом': [1, 2], '中文96': (3,), 'fig19': [1, 2], 'key': -7, '𝄞97': [1, 2], 'fig91': -7, '中文': 1, 'ß': None, '7': 1, 'fig44': 149, 'a': None, 'café': 2.5}
d2.update([('ß55', 1)], extra=[1, 2])
x = 1057481531
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 'v'
print(d2.setdefault('дом31', [1, 2]))
if 'Ünïcödé' in d2:
    del d2['Ünïcödé']
if '日本86' in d2:
    del d2['日本86']
if '日本41' in d2:
    del d2['日本41']
d2.update(d0)
if '日本' in d2:
    del d2['日本']
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
