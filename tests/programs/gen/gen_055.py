# generated program 55 (tests/probe/gen_programs.py)
d0 = {}
if False in d0:
    del d0[False]
print(d0.setdefault((18446744073709551618, 64, 18446744073709551620, ), 'v'))
if d0:
    print(d0.popitem())
d0[('', '😀42', )] = 'x' * 3
d0.update([((), 1)], extra='v')
d0[('Ünïcödé66', )] = 'x' * 3
d0.update([(b'\xcd5\x0e\x99\xa6', 1)], extra=2.5)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 575592099
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if b'.\xaa;\x07q' in d0:
    del d0[b'.\xaa;\x07q']
d0.update([(True, 1)], extra=-7)
print(d0.pop((), 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {**d0}
d1['z'] = 2.5
if 'kiwi61' in d1:
    del d1['kiwi61']
d1['key19'] = None
if '' in d1:
    del d1['']
if 'kiwi' in d1:
    del d1['kiwi']
d1['日本'] = (3,)
d1.update([('ключ', 1)], extra='v')
print(d1.pop('ключ', 'missing'))
d1['Ünïcödé'] = 1
d1['Ünïcödé'] = 2.5
if d1:
    print(d1.popitem())
d1[''] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
