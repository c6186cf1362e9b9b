# generated program 250 (tests/probe/gen_programs.py)
d0 = {(9080, ): 1, (): 2.5, b'*k': None, b'\xab': (3,), b'\xd2': [1, 2], ('a😀', 'Ünïcödé', ): 'v', ('fig', 100000000000000000065, ): 0, b'\x86\xfd\x0b': 2.5, b' ': (3,), ('naïve', ): 889, ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 59, 18446744073709551619, ): 2.5, b'$u': 'v', b'\xcc\x17\xf1K3': 84, b'': 2.5, ('é', 'b', ): (3,), (): [1, 2]}
x = 707836644
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
print(d0.get(()), () in d0, len(d0))
if b'd\xe4F \xad' in d0:
    del d0[b'd\xe4F \xad']
d0[b'\x98p\xe9'] = 2.5
if () in d0:
    del d0[()]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[()] = 'v'
d0[b''] = 'v'
d0[(100000000000000000061, 3, )] = 674
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
