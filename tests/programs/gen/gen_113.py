# generated program 113 (tests/probe/gen_programs.py)
d0 = dict(k0=2.5, k1=None, k2='v', k3=1, k4=0, k5=-7, k6='x' * 3, k7=[1, 2], k8=2.5, k9=None, k10=2.5)
d0.update([('', 1)], extra=-7)
if 'café7' in d0:
    del d0['café7']
x = 517423421
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['fig'] = 95
if '𝄞' in d0:
    del d0['𝄞']
d0['日本37'] = -7
if 'naïve' in d0:
    del d0['naïve']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '日本55' in d0:
    del d0['日本55']
d0.update([('ключ77', 1)], extra=2.5)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys([-2, -2, 938579], 0)
d1[-1] = [1, 2]
if -2 in d1:
    del d1[-2]
d1[18446744073709551621] = [1, 2]
d1[56] = 'v'
d1[100000000000000000008] = 11
print(d1.pop(2305843009213693951, 'missing'))
d1[2305843009213693951] = 2.5
d1[-1267650600228229401496703205376] = 1
if 457251 in d1:
    del d1[457251]
d1[48] = 'v'
d1[-42] = -7
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
