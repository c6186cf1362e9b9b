# generated program 160 (tests/probe/gen_programs.py)
d0 = {}
if 'b47' in d0:
    del d0['b47']
d0['中文'] = [1, 2]
d0['é27'] = 2.5
d0['a19'] = None
d0['é64'] = (3,)
d0[''] = 1
x = 502516310
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['😀'] = (3,)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=None, k1=(3,), k2=165, k3=0, k4=(3,), k5=(3,), k6='v', k7='x' * 3, k8=-7, k9=[1, 2], k10=-7, k11=2.5)
d1[62] = None
d1[18446744073709551618] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[88] = 411
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1[1] = 1
x = 459691152
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 2305843009213693952 in d1:
    del d1[2305843009213693952]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([(48, 1)], extra=None)
d1[132754] = -7
d1[2305843009213693951] = 'x' * 3
if 38 in d1:
    del d1[38]
if -1267650600228229401496703205376 in d1:
    del d1[-1267650600228229401496703205376]
d1[2] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1[2305843009213693951] = (3,)
x = 775219924
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[2305843009213693952] = 0
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
