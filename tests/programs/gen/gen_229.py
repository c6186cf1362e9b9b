# generated program 229 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'дом' in d0:
    del d0['дом']
d0['café64'] = -7
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx21'] = None
if ('café27', 765029, '中文15', ) in d0:
    del d0[('café27', 765029, '中文15', )]
x = 936984458
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[('дом', )] = -7
d0[b'\xea\xe2\\\xec`'] = (3,)
d0['中文'] = -7
print(d0.get(b'\x86\x0c'), b'\x86\x0c' in d0, len(d0))
d0['😀'] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
