# generated program 259 (tests/probe/gen_programs.py)
d0 = {}
print(d0.get(2305843009213693952), 2305843009213693952 in d0, len(d0))
if -1 in d0:
    del d0[-1]
d0[18446744073709551621] = 2.5
d0.update([(-1, 1)], extra=(3,))
print(d0.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d0, len(d0))
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[True] = 0
d1[False] = 726
x = 1060196574
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.clear()
d1['Ünïcödé'] = 'v'
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.clear()
if 'b' in d1:
    del d1['b']
d1[False] = 'x' * 3
d1[False] = None
print(d1.setdefault(False, 766))
print(d1.get('kiwi30'), 'kiwi30' in d1, len(d1))
d1['b'] = None
d1['a49'] = None
if '日本' in d1:
    del d1['日本']
d1[True] = (3,)
d1[False] = None
d1['z'] = 2.5
if False in d1:
    del d1[False]
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=-7, k1=0, k2='v', k3=-7, k4=391, k5=671, k6=0, k7=295, k8=2.5, k9=-7, k10='v')
print(d2.setdefault(100000000000000000045, -7))
d2[frozenset([2305843009213693952, 2305843009213693952, 7])] = -7
d2.clear()
d2['naïve98'] = -7
if d2:
    print(d2.popitem())
d2.clear()
d2['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = [1, 2]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
