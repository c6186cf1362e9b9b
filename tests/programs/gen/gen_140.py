# generated program 140 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([False, b'\xd6u\xfca0', -1267650600228229401496703205376, frozenset([2305843009213693951, 24485]), frozenset([2305843009213693952, -1]), True, frozenset([0]), b'^2zq!', b'|\xd7(', b'\xbb\xf4Y', -1, frozenset([-29, 18446744073709551620]), -1, False, frozenset([100000000000000000093, 2305843009213693952])])}
print(d0.pop(frozenset([-1267650600228229401496703205376]), 'missing'))
x = 1004756720
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'\x8e\x03x\x9a'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(False, 1))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
