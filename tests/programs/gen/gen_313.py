# generated program 313 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['😀80'] = 342
print(d0.setdefault('naïve75', 1))
d0['ключ14'] = [1, 2]
d0['pear'] = 0
if b's\x1a\xc9' in d0:
    del d0[b's\x1a\xc9']
d0[b'\x04'] = [1, 2]
d0['é'] = 'v'
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault(b'\xbc\x88\xff', 'x' * 3))
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx91', -7))
print(d0.pop('apple', 'missing'))
d0['apple'] = (3,)
d0[b'\xd3\xed\xe4'] = None
d0.update([('𝄞61', 1)], extra=-7)
d0['pear'] = 1
print(d0.get('中文71'), '中文71' in d0, len(d0))
print(d0.pop('ключ', 'missing'))
d0[b'\x8c\xb4G'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
