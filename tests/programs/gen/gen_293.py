# generated program 293 (tests/probe/gen_programs.py)
d0 = dict()
if b'\xa1' in d0:
    del d0[b'\xa1']
d0[18446744073709551618] = -7
d0['key'] = None
print(d0.setdefault('key63', 'x' * 3))
if d0:
    print(d0.popitem())
x = 567259219
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(2305843009213693951, 1)], extra=0)
d0['😀'] = 0
if (18446744073709551619, ) in d0:
    del d0[(18446744073709551619, )]
d0[('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', -2, )] = 669
if (2305843009213693951, ) in d0:
    del d0[(2305843009213693951, )]
d0[18446744073709551624] = (3,)
d0[('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx28', '日本', 2305843009213693951, )] = 425
d0[b'\xbcO'] = 'x' * 3
d0.update([(100000000000000000066, 1)], extra=-7)
d0[100000000000000000002] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
