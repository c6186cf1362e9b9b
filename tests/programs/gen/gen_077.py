# generated program 77 (tests/probe/gen_programs.py)
d0 = dict(k0=2.5, k1='v', k2=2.5, k3=[1, 2], k4='v', k5=1, k6=(3,), k7=1, k8=0, k9=0, k10='v', k11='v')
print(d0.get(True), True in d0, len(d0))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(-28, 1)], extra='v')
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([(650279, 1), ('apple60', -7), ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx27', 383), ('Ünïcödé', 1), ('pear', None), (100000000000000000055, 0), ('中文5', -7)])
d1['kiwi'] = (3,)
d1.clear()
d1[-1267650600228229401496703205376] = 1
if 'é16' in d1:
    del d1['é16']
if -2 in d1:
    del d1[-2]
x = 869871008
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.get(18446744073709551621), 18446744073709551621 in d1, len(d1))
print(d1.setdefault('𝄞', 0))
d1.update([(1040772, 1)], extra=-7)
d1[686285] = (3,)
print(d1.get(100000000000000000036), 100000000000000000036 in d1, len(d1))
d1['apple'] = 0
if '71' in d1:
    del d1['71']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
