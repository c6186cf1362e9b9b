# generated program 238 (tests/probe/gen_programs.py)
d0 = {}
d0[-1] = 'v'
d0[2305843009213693952] = 2.5
d0[-2] = 1
d0.update([(948101, 1)], extra='x' * 3)
d0[9] = 2.5
if d0:
    print(d0.popitem())
d0.update([(-2, 1)], extra='v')
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
print(d0.pop(48, 'missing'))
d0.update([(-2, 1)], extra=1)
if d0:
    print(d0.popitem())
d0[72] = 1
if d0:
    print(d0.popitem())
d0[2305843009213693951] = [1, 2]
if 100000000000000000014 in d0:
    del d0[100000000000000000014]
if d0:
    print(d0.popitem())
d0[100000000000000000017] = 'x' * 3
d0[88] = 643
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 319303 in d0:
    del d0[319303]
print(d0.pop(32, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
