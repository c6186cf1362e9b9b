# generated program 102 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if ('中文', 'naïve', ) in d0:
    del d0[('中文', 'naïve', )]
d0.update([(-2.25, 1)], extra=None)
if (-26, 16, ) in d0:
    del d0[(-26, 16, )]
d0.update([(('中文', '', '😀85', ), 1)], extra=1)
if (2305843009213693952, 46, -1267650600228229401496703205376, ) in d0:
    del d0[(2305843009213693952, 46, -1267650600228229401496703205376, )]
d0[()] = 1
d0.update([(0.5, 1)], extra=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault((), [1, 2]))
d0.update([(-2.25, 1)], extra=1)
d0[1e-300] = 0
d0.update([(1e+300, 1)], extra='v')
if 0.5 in d0:
    del d0[0.5]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
