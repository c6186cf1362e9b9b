# generated program 203 (tests/probe/gen_programs.py)
d0 = {1e+300: (3,), '88': -7, 0.5: 2.5, 'apple': (3,), 1e+300: 1, 3.141592653589793: 2.5, frozenset([]): [1, 2], frozenset([]): None, frozenset([-1267650600228229401496703205376, 400514]): 400, '😀': 1, 1.5: [1, 2], 'naïve85': -7, 1e-300: [1, 2], 0.5: -7, -2.25: 'x' * 3, 3.375: 895, 'kiwi': 1, 'café': 523}
x = 960316698
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.pop('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'missing'))
if frozenset([]) in d0:
    del d0[frozenset([])]
d0[0.1] = 2.5
x = 9249499
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 1.1805916207174113e+21 in d0:
    del d0[1.1805916207174113e+21]
x = 204067513
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 284442777
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['pear'] = -7
d0.clear()
d0[-0.0] = 35
x = 428119359
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞14'] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
