# generated program 133 (tests/probe/gen_programs.py)
d0 = dict([(-1, 2.5), (True, (3,)), (False, 363), (2305843009213693951, 1), (b'g7\x83\x9e', (3,)), (b'c(', None), (b'Bt\x99\xe1', [1, 2]), (50, 'v'), (b'\xc2\xae#', 1), (True, 'v'), (b'h', -7), (-1, 0), (2305843009213693951, [1, 2]), (b'\x81\xf3&\xac\xa5', None), (2305843009213693952, 'v')])
d0[False] = None
d0[18446744073709551624] = 'v'
d0[True] = 1
d0[b'\x06b\x90\x86'] = 909
d0[False] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(2305843009213693952, 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
