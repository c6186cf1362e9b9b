# generated program 57 (tests/probe/gen_programs.py)
d0 = {'a': (3,), 'é41': (3,), 'kiwi63': 'v', 'kiwi38': 1}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('😀39', None))
print(d0.setdefault('日本96', 'x' * 3))
x = 669382529
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('key', 1)], extra=-7)
x = 462438867
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('café', 1)], extra=[1, 2])
d0['apple'] = [1, 2]
d0['b85'] = 'x' * 3
d0['дом'] = (3,)
d0['a'] = 957
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=170, k1=1, k2=[1, 2], k3=-7, k4=-7, k5=[1, 2])
d1[1.5] = [1, 2]
d1.update([((18446744073709551621, 40, -2, ), 1)], extra=0)
if 'apple' in d1:
    del d1['apple']
x = 744799975
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 883774875
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
if d1:
    print(d1.popitem())
print(d1.pop('café41', 'missing'))
d1[-2.25] = 1
d1['café'] = 0
print(d1.setdefault((), 'x' * 3))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['中文80'] = [1, 2]
d1.update([((-2, ), 1)], extra=-7)
d1.update([(('é', ), 1)], extra=(3,))
d1['Ünïcödé8'] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2['z'] = 'v'
d2['𝄞27'] = 'x' * 3
d2['é'] = None
x = 946472598
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2.update(d0)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
