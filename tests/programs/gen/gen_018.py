# generated program 18 (tests/probe/gen_programs.py)
d0 = {}
d0[True] = 'x' * 3
d0[-1267650600228229401496703205376] = 0
d0.update([(b'', 1)], extra=488)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(False, 'missing'))
if d0:
    print(d0.popitem())
d0.update([(18446744073709551623, 1)], extra=None)
d0[False] = (3,)
if d0:
    print(d0.popitem())
x = 832173288
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'\xec`}T'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['日本', 'key', '29', 'дом'])}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(d1.pop('b', 'missing'))
print(d1.setdefault('a😀', [1, 2]))
d1['Ünïcödé14'] = None
x = 949791983
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'z21' in d1:
    del d1['z21']
print(d1.get('café38'), 'café38' in d1, len(d1))
d1['apple33'] = 0
x = 87405156
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
