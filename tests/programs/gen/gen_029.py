# generated program 29 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([b'\xd4:\x93%\xc1', 0.1, False, b'\x15P', b'i3', True, b'\xe2'])}
print(d0.get(False), False in d0, len(d0))
x = 624254023
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(0.5, 1)], extra='x' * 3)
if d0:
    print(d0.popitem())
x = 592786264
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.setdefault(True, 639))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
