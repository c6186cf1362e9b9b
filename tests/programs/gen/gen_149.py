# generated program 149 (tests/probe/gen_programs.py)
d0 = dict.fromkeys('ekel')
d0.update([('a75', 1)], extra='x' * 3)
x = 699872117
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['b'] = 2.5
if '' in d0:
    del d0['']
d0.update([('日本', 1)], extra='v')
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx49' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx49']
x = 915617880
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('é'), 'é' in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 425619119
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0, len(d0))
d0['key85'] = 0
d0.update([('fig47', 1)], extra=None)
d0['中文'] = (3,)
x = 162363493
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 202339721
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=1, k1=[1, 2], k2=None, k3=2.5, k4=None, k5=2.5, k6=0, k7=(3,), k8='v', k9=[1, 2], k10=2.5, k11=(3,))
d1[True] = 2.5
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if frozenset([-1, 100000000000000000046]) in d1:
    del d1[frozenset([-1, 100000000000000000046])]
print(d1.setdefault(frozenset([]), 'x' * 3))
print(d1.setdefault((-1, 'ß', ), -7))
if d1:
    print(d1.popitem())
if frozenset([]) in d1:
    del d1[frozenset([])]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[True] = (3,)
d1[True] = 'x' * 3
if False in d1:
    del d1[False]
d1[False] = [1, 2]
if 3.141592653589793 in d1:
    del d1[3.141592653589793]
if ('中文', 88, ) in d1:
    del d1[('中文', 88, )]
d1[-2.25] = 2.5
d1[False] = 81
d1.clear()
x = 1006591269
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
