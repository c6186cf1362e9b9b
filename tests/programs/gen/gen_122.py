# generated program 122 (tests/probe/gen_programs.py)
d0 = {}.fromkeys((0.1, 1e+300, (), ('a', 18446744073709551623, 'key', ), (), 0.5, frozenset([]), (), frozenset([-1, 2305843009213693951, -1267650600228229401496703205376]), frozenset([475390, -32, 18446744073709551617]), 1.1805916207174113e+21, frozenset([-1267650600228229401496703205376]), frozenset([-1267650600228229401496703205376, 585412, 50]), frozenset([]), frozenset([-1267650600228229401496703205376]), (107716, ), ('中文', 697098, ), ('ß65', ), ('a😀', 31, ), frozenset([-1, 85835])))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if ('é4', 88, 'Ünïcödé0', ) in d0:
    del d0[('é4', 88, 'Ünïcödé0', )]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
