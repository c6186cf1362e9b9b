# generated program 275 (tests/probe/gen_programs.py)
d0 = dict(k0=[1, 2], k1=(3,), k2=(3,), k3=-7, k4=0, k5=0, k6=0, k7=2.5, k8=1, k9=None, k10=445, k11='v')
d0[False] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[False] = (3,)
x = 127597764
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'~\x8fn'] = 1
d0[False] = 'x' * 3
d0.update([(True, 1)], extra=[1, 2])
if False in d0:
    del d0[False]
print(d0.setdefault(b'\x14X\xe5B', None))
d0[True] = 'v'
print(d0.pop(True, 'missing'))
if b'\xf4' in d0:
    del d0[b'\xf4']
d0.update([(b'8\xae\x96', 1)], extra=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if b'\xa8\xd8\xd4' in d0:
    del d0[b'\xa8\xd8\xd4']
x = 357937972
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(True, 1)], extra=-7)
d0[b'$\xf3-'] = None
x = 738968392
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get(False), False in d0, len(d0))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
