# generated program 80 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if () in d0:
    del d0[()]
if ('дом', ) in d0:
    del d0[('дом', )]
d0.update([(('naïve', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx17', 5, ), 1)], extra=53)
if 18446744073709551620 in d0:
    del d0[18446744073709551620]
d0[('中文', 'a😀', )] = 'x' * 3
d0.update([(('b', 'pear', ), 1)], extra='v')
d0[2305843009213693952] = 1
print(d0.pop(535138, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
x = 1022667854
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[b'\xfb2\x16'] = -7
d1[b'\xef\x1a\x15'] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if b'\xd7\xc2\xa0' in d1:
    del d1[b'\xd7\xc2\xa0']
x = 292631179
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[783798] = [1, 2]
d1[14] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
