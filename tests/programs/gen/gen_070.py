# generated program 70 (tests/probe/gen_programs.py)
d0 = {'ß1': 'x' * 3}
x = 807885044
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['apple'] = 1
if 'pear' in d0:
    del d0['pear']
d0['café22'] = 2.5
d0['é'] = -7
d0['pear'] = [1, 2]
if 'fig' in d0:
    del d0['fig']
d0['Ünïcödé'] = 2.5
d0.update([('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx28', 1)], extra='v')
print(d0.pop('𝄞', 'missing'))
d0['a😀8'] = -7
print(d0.get('дом62'), 'дом62' in d0, len(d0))
if d0:
    print(d0.popitem())
d0.update([('naïve23', 1)], extra=0)
d0['Ünïcödé'] = (3,)
d0.update([('дом91', 1)], extra=2.5)
if 'pear44' in d0:
    del d0['pear44']
print(d0.get('café49'), 'café49' in d0, len(d0))
d0['café'] = 'x' * 3
x = 308453482
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=[1, 2], k1=516, k2=2.5, k3=-7, k4=1, k5=[1, 2])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1.update([(719123, 1)], extra=1)
d1[48] = 1
d1[40] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.clear()
d1[-1] = 2.5
d1[-2] = [1, 2]
d1[2305843009213693951] = None
d1[100000000000000000097] = 757
d1[100000000000000000008] = 844
d1[-1267650600228229401496703205376] = 0
if 100000000000000000030 in d1:
    del d1[100000000000000000030]
d1[18446744073709551616] = -7
d1.update([(993217, 1)], extra=817)
d1[-1267650600228229401496703205376] = 'x' * 3
d1[-1] = 1
d1.update([(3, 1)], extra=2.5)
d1[24] = 2.5
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
