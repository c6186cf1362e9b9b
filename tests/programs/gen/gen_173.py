# generated program 173 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([-2, 2305843009213693951])] = 2.5
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[64] = None
d0[36] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if frozenset([-1267650600228229401496703205376, 2305843009213693952, 32]) in d0:
    del d0[frozenset([-1267650600228229401496703205376, 2305843009213693952, 32])]
x = 1029539412
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[1.1805916207174113e+21] = 'v'
d0[frozenset([])] = 2.5
d0[-1] = 'x' * 3
d0.clear()
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0.update([(2305843009213693951, 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
