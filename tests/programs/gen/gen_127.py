# generated program 127 (tests/probe/gen_programs.py)
d0 = {}
if 'ключ' in d0:
    del d0['ключ']
print(d0.setdefault('😀34', -7))
if d0:
    print(d0.popitem())
x = 1001052607
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault('86', 2.5))
if d0:
    print(d0.popitem())
if 'a3' in d0:
    del d0['a3']
x = 322115418
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['café'] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
