# generated program 243 (tests/probe/gen_programs.py)
d0 = {'a': [1, 2], 'apple': (3,), 'a': 'v', 'pear95': (3,), 'apple75': 0, '𝄞66': 0, 'ключ': 'v', '𝄞': [1, 2], 'kiwi2': 'x' * 3, 'key36': None, 'é': -7, '😀': 0, 'дом': None, 'fig': (3,), 'kiwi': 2.5, 'café21': 'v', 'naïve56': [1, 2], 'ß79': 'x' * 3, '日本': None, 'ß': None, 'b': (3,), '😀75': None, '中文': 0, 'kiwi': [1, 2], 'ключ64': 2.5, 'Ünïcödé83': 'x' * 3, 'apple': 1, 'é7': 77, 'kiwi43': 599, 'pear': 0, 'Ünïcödé41': 620, 'café': None, 'b': 0, 'key': None, 'apple24': 2.5, '日本': [1, 2], 'z58': [1, 2], 'дом10': 650, 'a23': 0, 'pear65': 1}
print(d0.pop('naïve', 'missing'))
print(d0.get('😀'), '😀' in d0, len(d0))
d0[''] = [1, 2]
print(d0.setdefault('a', None))
d0['𝄞40'] = None
d0['café'] = 'v'
d0['key'] = 0
d0.update([('é', 1)], extra=[1, 2])
print(d0.setdefault('naïve', 0))
d0['pear18'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([('😀', (3,)), ('', 'v'), ('b', 1), ('café', (3,)), ('', None)])
print(d1.pop('apple', 'missing'))
d1.update(d0)
d1['z'] = [1, 2]
d1['a'] = 'x' * 3
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('naïve', 1)], extra='x' * 3)
x = 882429329
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('ключ6', 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
