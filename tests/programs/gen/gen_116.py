# generated program 116 (tests/probe/gen_programs.py)
d0 = {}
if d0:
    print(d0.popitem())
x = 110257754
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
x = 265844796
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.clear()
d0.update([('ключ43', 1)], extra=(3,))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'é' in d0:
    del d0['é']
x = 521866690
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[2305843009213693952] = 0
d0[18446744073709551619] = None
print(d0.setdefault(True, 473))
d0['дом'] = 1
x = 633057783
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['中文'] = 'v'
if False in d0:
    del d0[False]
x = 1045385730
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
