# generated program 218 (tests/probe/gen_programs.py)
d0 = {2305843009213693952: 'v', ('ß32', 'Ünïcödé83', ): 0, (): 807, 2305843009213693951: (3,), (-1267650600228229401496703205376, ): None, 80: (3,), -2: 'v', (41, 'é10', ): [1, 2], ('ключ63', 100000000000000000028, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ): 1, (100000000000000000027, 'z52', 100000000000000000034, ): (3,), 2305843009213693952: 0}
d0[18446744073709551621] = -7
d0[2305843009213693951] = 'v'
if d0:
    print(d0.popitem())
d0[(27, 'fig', )] = 1
d0[('fig83', '😀63', '日本23', )] = 'x' * 3
d0[-1267650600228229401496703205376] = 979
if 18446744073709551622 in d0:
    del d0[18446744073709551622]
d0[()] = 0
d0[52] = None
d0[(-2, -24, )] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
if False in d1:
    del d1[False]
d1['𝄞'] = None
d1[False] = -7
if False in d1:
    del d1[False]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {(): 'x' * 3, frozenset([18446744073709551623, -1]): 0, frozenset([]): 0, frozenset([]): 2.5}
x = 865523671
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[()] = 'v'
if frozenset([]) in d2:
    del d2[frozenset([])]
if (-1267650600228229401496703205376, ) in d2:
    del d2[(-1267650600228229401496703205376, )]
d2[frozenset([880186])] = (3,)
d2[frozenset([])] = 0
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
