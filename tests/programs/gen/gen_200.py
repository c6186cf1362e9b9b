# generated program 200 (tests/probe/gen_programs.py)
d0 = {}
d0[frozenset([-1267650600228229401496703205376, 100000000000000000009])] = 'x' * 3
print(d0.pop(frozenset([2305843009213693952]), 'missing'))
if '中文76' in d0:
    del d0['中文76']
d0[b"\xb0t8'\x19"] = None
x = 476262237
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('b', 1)], extra=1)
print(d0.pop('apple71', 'missing'))
d0[b'\xb7u\xf2K'] = [1, 2]
print(d0.pop(frozenset([-2, 2305843009213693952, -1267650600228229401496703205376]), 'missing'))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[frozenset([-1, 18446744073709551622, 112])] = 'v'
d0[False] = -7
d0['é'] = (3,)
d0[b'\x99*!\xe4'] = 2.5
d0[False] = 'v'
x = 15531229
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('', 1)], extra=(3,))
print(d0.pop(b'\xe2\xb0\xe4\xc6\xe0', 'missing'))
d0.update([('é', 1)], extra=[1, 2])
d0['naïve'] = -7
d0.clear()
d0['key'] = 2.5
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
