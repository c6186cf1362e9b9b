# generated program 258 (tests/probe/gen_programs.py)
d0 = {100000000000000000097: 1, ('𝄞', 'café', ): [1, 2], (2305843009213693951, 'pear94', ): 'x' * 3, ('', 40, 47, ): None, frozenset([53, -3, -2]): (3,), b'\x8e\xdf>\xe8\xe0': None, b'*O\xd2\x8e$': 'v', (): 0, ('𝄞55', 18446744073709551623, ): -7, frozenset([2305843009213693952, -34, 18446744073709551618]): 1}
d0.update([(('café78', 7, ), 1)], extra='v')
d0.update([(frozenset([]), 1)], extra=-7)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(-2, 'missing'))
print(d0.setdefault((-1, 'naïve', ), (3,)))
d0[b''] = 1
d0[b'\xea\xdao,\xaa'] = 1
d0.update([(100000000000000000086, 1)], extra=1)
d0[frozenset([])] = -7
d0.update([(b'', 1)], extra=2.5)
print(d0.get((32, )), (32, ) in d0, len(d0))
d0[100000000000000000002] = (3,)
d0[2305843009213693951] = 'x' * 3
d0[-3] = [1, 2]
d0[18446744073709551620] = 'x' * 3
if b'\x0b' in d0:
    del d0[b'\x0b']
if frozenset([-2]) in d0:
    del d0[frozenset([-2])]
d0[b''] = -7
x = 732630887
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
