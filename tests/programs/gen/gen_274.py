# generated program 274 (tests/probe/gen_programs.py)
d0 = {}
print(d0.get(-2), -2 in d0, len(d0))
d0[-2] = -7
d0.update([(18446744073709551621, 1)], extra=1)
d0[-1267650600228229401496703205376] = (3,)
x = 537930506
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(33, 1)], extra=(3,))
if d0:
    print(d0.popitem())
d0[2669] = 'x' * 3
x = 372599673
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[289833] = 1
d0[0] = 277
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['naïve24'] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['café'] = 'v'
d1['kiwi74'] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['中文'] = None
if d1:
    print(d1.popitem())
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
d1['中文66'] = 99
if '😀48' in d1:
    del d1['😀48']
d1['a'] = (3,)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['kiwi94'] = (3,)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=1, k1=1, k2=1, k3=(3,), k4=(3,), k5='x' * 3, k6=1, k7=2.5, k8=[1, 2], k9=2.5, k10=-7, k11=[1, 2])
print(d2.pop((), 'missing'))
d2[(100000000000000000060, )] = (3,)
print(d2.get(1e+300), 1e+300 in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
