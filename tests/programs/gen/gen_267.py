# generated program 267 (tests/probe/gen_programs.py)
d0 = {}
if () in d0:
    del d0[()]
d0[True] = 2.5
print(d0.pop(('kiwi22', ), 'missing'))
d0.update([(('é58', -1, ), 1)], extra=(3,))
d0[()] = [1, 2]
print(d0.get(False), False in d0, len(d0))
d0[('apple27', -1267650600228229401496703205376, -1267650600228229401496703205376, )] = None
if True in d0:
    del d0[True]
d0[(-1267650600228229401496703205376, )] = 0
if ('b', 'key19', -1, ) in d0:
    del d0[('b', 'key19', -1, )]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys({('Ünïcödé', 'é', ), 0.5, ('b59', 'pear', -1267650600228229401496703205376, ), 3.141592653589793})
d1[1.25] = -7
d1[3.125] = -7
if (80, ) in d1:
    del d1[(80, )]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {frozenset([-1]): [1, 2], frozenset([]): 1, frozenset([-1267650600228229401496703205376]): 'v', frozenset([]): 2.5, frozenset([]): 816, frozenset([30, -1]): 1, b'\xe9\x05\xdf\xba': 0}
d2[b'\xbb\x12\x97'] = 'v'
print(d2.setdefault(b'OFR\xc7\xef', [1, 2]))
print(d2.pop(frozenset([2305843009213693951]), 'missing'))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
