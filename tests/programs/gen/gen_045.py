# generated program 45 (tests/probe/gen_programs.py)
d0 = dict([(32, 'x' * 3), (32, [1, 2]), (-1267650600228229401496703205376, 'v'), (112, 1), (-1, None), (48, 1), (2305843009213693952, 'x' * 3), (2305843009213693951, [1, 2]), (18446744073709551618, 0), (704102, 2.5), (-1267650600228229401496703205376, 2.5), (2305843009213693952, 2.5), (0, [1, 2]), (2305843009213693951, None), (56, 'v'), (96, 545), (4, 'x' * 3), (18, (3,)), (-2, (3,)), (100000000000000000087, -7)])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(32, 1)], extra=None)
d0[28] = -7
d0[-12] = 427
print(d0.setdefault(18446744073709551618, 1))
d0[18446744073709551621] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[853151] = 0
print(d0.get(-47), -47 in d0, len(d0))
print(d0.get(2305843009213693951), 2305843009213693951 in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-2] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 220438 in d0:
    del d0[220438]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(2305843009213693952, 1)], extra='v')
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys((frozenset([]), True, frozenset([-1, 48, 18446744073709551616]), False, frozenset([100000000000000000050, 2305843009213693951, 19]), False, False, frozenset([]), True, frozenset([26, 2305843009213693951]), True, frozenset([31]), frozenset([]), True, True))
print(d1.pop(True, 'missing'))
d1[False] = 857
d1.update([(False, 1)], extra=None)
d1[False] = -7
d1[False] = 563
print(d1.pop(frozenset([2305843009213693951, 11]), 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
