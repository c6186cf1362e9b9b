# generated program 207 (tests/probe/gen_programs.py)
d0 = dict.fromkeys([frozenset([18446744073709551618, 61]), frozenset([49]), frozenset([80, 100000000000000000041]), b'n\xe9\x81_]', b'\x07\x92\xc4\x1d', frozenset([]), frozenset([-1, 2305843009213693952]), b'\xbb\xe2I', b'\xee\xb2\xa1', b''], [1, 2])
if frozenset([]) in d0:
    del d0[frozenset([])]
if frozenset([-1267650600228229401496703205376, 62]) in d0:
    del d0[frozenset([-1267650600228229401496703205376, 62])]
d0[frozenset([100000000000000000035])] = 'x' * 3
if frozenset([48, 847142, -1267650600228229401496703205376]) in d0:
    del d0[frozenset([48, 847142, -1267650600228229401496703205376])]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b'\xe8C\xf4Tb'] = 2.5
d0[b'E'] = 2.5
d0[frozenset([2305843009213693951, 46, -2])] = (3,)
print(d0.pop(b'S\x93,u', 'missing'))
d0[b'\x05\xf9'] = 'x' * 3
if b'9\x17\xcb\xc5\x16' in d0:
    del d0[b'9\x17\xcb\xc5\x16']
d0[b'S\x9c'] = 'v'
if d0:
    print(d0.popitem())
d0[b'\x0b\xdd'] = (3,)
d0.clear()
d0[b''] = 2.5
if frozenset([13, 18446744073709551618]) in d0:
    del d0[frozenset([13, 18446744073709551618])]
print(d0.setdefault(frozenset([-14]), 571))
d0[b'I\xad\x95'] = 1
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
