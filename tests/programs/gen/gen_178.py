# generated program 178 (tests/probe/gen_programs.py)
d0 = {'a😀': 0, 'дом': 1, 'a59': 'x' * 3, '中文5': 0}
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('中文'), '中文' in d0, len(d0))
d0['中文'] = 0
d0['ß19'] = 300
if d0:
    print(d0.popitem())
d0['Ünïcödé87'] = None
if '😀' in d0:
    del d0['😀']
d0['66'] = 'v'
if 'дом' in d0:
    del d0['дом']
if 'pear70' in d0:
    del d0['pear70']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['a😀'] = 'v'
print(d0.pop('дом63', 'missing'))
if 'ß39' in d0:
    del d0['ß39']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop('ключ', 'missing'))
if d0:
    print(d0.popitem())
d0['kiwi37'] = 0
x = 675813350
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('ключ40', 'missing'))
x = 145549391
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
