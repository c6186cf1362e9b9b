# generated program 227 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(range(122), 0)
d0[1.1805916207174113e+21] = -7
if 1.1805916207174113e+21 in d0:
    del d0[1.1805916207174113e+21]
d0[-0.0] = 'x' * 3
d0[0.1] = None
print(d0.pop(b'\xfd\xec\x92', 'missing'))
d0.update([(12.125, 1)], extra=[1, 2])
if b'\x1f\x95\xab\xf0' in d0:
    del d0[b'\x1f\x95\xab\xf0']
d0[b'\xd2\x83\xa2'] = [1, 2]
d0[0.1] = 'x' * 3
d0[b'\x11\x16'] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {'café37': 0, 'fig': 542, 'a😀': 'x' * 3, 'pear': (3,), 'Ünïcödé': 2.5, 'a48': -7, 'pear': 0, 'ß': 139, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx15': 330, 'naïve': -7, 'z': 2.5}
d1['7'] = None
d1['😀71'] = 0
print(d1.setdefault('b42', -7))
d1.clear()
d1.clear()
x = 1008257924
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
