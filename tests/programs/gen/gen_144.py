# generated program 144 (tests/probe/gen_programs.py)
d0 = {}
d0['дом24'] = 709
d0['café92'] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['apple'] = 'v'
if 'café' in d0:
    del d0['café']
if '中文' in d0:
    del d0['中文']
if 'a' in d0:
    del d0['a']
print(d0.get(''), '' in d0, len(d0))
x = 654170071
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'key42' in d1:
    del d1['key42']
print(d1.setdefault(b'D\xb0\xa2\x8fg', 1))
d1['дом13'] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.clear()
print(d1.get(b'\xa5\x0b\xcb?'), b'\xa5\x0b\xcb?' in d1, len(d1))
d1['a😀'] = [1, 2]
print(d1.get(b'\x86\xed0\xf4'), b'\x86\xed0\xf4' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'kiwi' in d1:
    del d1['kiwi']
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[1.5] = (3,)
d1[b'\xc1'] = (3,)
print(d1.setdefault(1.1805916207174113e+21, 0))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if b'\xf55-\xf7' in d1:
    del d1[b'\xf55-\xf7']
d1[b''] = [1, 2]
d1[b'\xa8J\x01'] = None
if 'a😀95' in d1:
    del d1['a😀95']
print(d1.setdefault(b'\xa8\xf1', [1, 2]))
if d1:
    print(d1.popitem())
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
