# generated program 47 (tests/probe/gen_programs.py)
d0 = {'a25': 'x' * 3, 'pear36': [1, 2], 'a': 'v', 'é65': [1, 2], 'Ünïcödé57': 'x' * 3, '80': 'v', 'key': [1, 2]}
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx26' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx26']
print(d0.pop('𝄞', 'missing'))
if 'kiwi' in d0:
    del d0['kiwi']
x = 85003777
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'fig37' in d0:
    del d0['fig37']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=[1, 2], k1=0, k2=749, k3=-7, k4=2.5, k5=-7, k6=None, k7=[1, 2], k8=[1, 2], k9=[1, 2], k10=0, k11=0)
d1[-1] = None
d1[-1267650600228229401496703205376] = None
x = 819380070
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[3] = 'x' * 3
d1.update(d0)
d1[120] = 1
print(d1.setdefault(100000000000000000073, -7))
if -2 in d1:
    del d1[-2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if -1 in d1:
    del d1[-1]
d1[100000000000000000094] = 'x' * 3
if 23 in d1:
    del d1[23]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.setdefault(8, 338))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
