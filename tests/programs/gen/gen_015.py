# generated program 15 (tests/probe/gen_programs.py)
d0 = {'a': 'x' * 3, 'pear': None, 'fig': 178, '68': None, '𝄞23': 755, 'naïve': 'x' * 3, '日本6': 1, 'дом': -7, 'a': 'v', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx54': 1, 'é90': 0, 'z81': None, 'ключ': 'v', '😀': 1, 'ключ': 'x' * 3, 'z': None, 'apple87': None, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 600, 'café': [1, 2], 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': 2.5, 'café54': 2.5, 'key0': 2.5, 'fig': 389, 'naïve72': 417, 'pear5': 'v', 'apple11': 'x' * 3, 'дом': 2.5, '𝄞': 'v', 'ключ48': -7, 'naïve': -7, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx12': 'v', 'key5': -7, 'a😀18': 0}
d0['apple34'] = None
d0.clear()
if 'fig9' in d0:
    del d0['fig9']
d0['key'] = 'x' * 3
print(d0.setdefault('😀76', 2.5))
d0['naïve'] = 0
print(d0.pop('fig74', 'missing'))
if '55' in d0:
    del d0['55']
d0['a41'] = -7
d0.update([('key77', 1)], extra=109)
d0['naïve25'] = 0
x = 808971713
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=None, k1='v', k2=2.5, k3=679, k4=(3,), k5=0, k6=0, k7=552, k8=19, k9=-7, k10='x' * 3, k11=0)
if 'Ünïcödé38' in d1:
    del d1['Ünïcödé38']
if 'apple' in d1:
    del d1['apple']
d1.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx22', 1)], extra='x' * 3)
d1['kiwi94'] = 2.5
d1['a76'] = [1, 2]
print(d1.setdefault('日本', -7))
d1['café'] = None
d1.update(d0)
x = 774213448
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('café8', 2.5))
if 'Ünïcödé' in d1:
    del d1['Ünïcödé']
d1.clear()
x = 688483314
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if d1:
    print(d1.popitem())
d1['naïve63'] = 320
d1['ключ76'] = 166
d1.clear()
d1.update([('ключ30', 1)], extra=(3,))
d1['café'] = 0
d1['ß38'] = -7
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
