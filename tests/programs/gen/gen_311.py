# generated program 311 (tests/probe/gen_programs.py)
d0 = {-1267650600228229401496703205376: [1, 2], 1027864: [1, 2], -45: 2.5, -1: 2.5, 34: None, 408966: 1, 2305843009213693951: 1, -35: None, -19: 1, -2: None, 7: 'v'}
x = 248569460
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-1] = None
d0[25] = 2.5
if 2305843009213693952 in d0:
    del d0[2305843009213693952]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 387033323
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[29] = None
d0[80] = (3,)
d0[9] = -7
if 47 in d0:
    del d0[47]
print(d0.get(100000000000000000024), 100000000000000000024 in d0, len(d0))
d0[-1] = 0
x = 410456759
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -15 in d0:
    del d0[-15]
if -2 in d0:
    del d0[-2]
print(d0.get(-2), -2 in d0, len(d0))
x = 148972341
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[-2] = [1, 2]
d0[-1] = None
print(d0.pop(-1, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {False: 'v', b'd\x04\x9c\x1b\xaf': None, b'\x97\t\x89\x8f': [1, 2], 1.5: 0}
print(d1.get('дом'), 'дом' in d1, len(d1))
d1[False] = None
if 'a86' in d1:
    del d1['a86']
d1['key67'] = (3,)
print(d1.pop(b')\x9d&', 'missing'))
x = 669262701
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {frozenset([8, 1]): -7, 0.1: [1, 2], (31, 'key', ): 2.5, -0.0: None, frozenset([100000000000000000096, 649672]): 'v', 0.1: 2.5, ('', ): 0, ('ключ94', ): -7, (-1, 18446744073709551617, ): 'v', frozenset([18446744073709551617]): 796, frozenset([]): 774, 1.25: -7, ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 40, 'a😀69', ): [1, 2], 1e-300: 563, (29, -1267650600228229401496703205376, ): 0, 3.141592653589793: -7, 1e-300: 'x' * 3, (): 'x' * 3, frozenset([-2, 2305843009213693951]): 1, (100000000000000000085, ): (3,), (): 'v', (-1267650600228229401496703205376, ): None, -2.25: [1, 2], (): 'x' * 3, frozenset([31, 2305843009213693952, 18446744073709551619]): 1, -0.0: 201, frozenset([80, -1267650600228229401496703205376]): 309, (): 623, (2305843009213693952, ): 780, (): None, frozenset([-1, -2]): 1, 0.5: [1, 2], frozenset([]): -7}
if d2:
    print(d2.popitem())
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
x = 749018161
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
x = 1004861320
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
