# generated program 315 (tests/probe/gen_programs.py)
d0 = dict([(0.1, (3,)), (3.141592653589793, (3,)), (1.1805916207174113e+21, [1, 2]), (b"'\xa5d", -7), (0.5, [1, 2]), (1e-300, None), (0.1, (3,)), (-0.0, 'x' * 3), (1e-300, [1, 2]), (-0.0, -7), (-0.0, 0), (1e-300, 'v'), (-2.25, 'x' * 3), (1e+300, None), (b'\x9b\xb4\xb4\x8f\x9b', None), (1.1805916207174113e+21, 0), (b'O\t\xb4t\x8e', 'v'), (b'<', 'v')])
d0[b'\xcd!\xea\xd0\xb6'] = 'x' * 3
if d0:
    print(d0.popitem())
d0[b'k\xeaF\xcf\xf1'] = 2.5
d0.update([(9.125, 1)], extra=-7)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1['kiwi68'] = (3,)
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
d1['😀27'] = None
if 'a' in d1:
    del d1['a']
d1['fig31'] = 'v'
x = 104941286
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {100000000000000000010: 0, -1: 'v'}
d2.update([(667882, 1)], extra=None)
d2.update(d0)
if 17 in d2:
    del d2[17]
print(d2.pop(63, 'missing'))
d2[14] = 145
d2[-1] = [1, 2]
d2[-1] = 2.5
if 100000000000000000051 in d2:
    del d2[100000000000000000051]
if 18446744073709551619 in d2:
    del d2[18446744073709551619]
d2[1026437] = 2.5
d2[-2] = (3,)
d2[2305843009213693951] = (3,)
d2[100000000000000000066] = 'v'
d2[2305843009213693951] = 'v'
d2[316667] = [1, 2]
if 26 in d2:
    del d2[26]
print(d2.get(100000000000000000001), 100000000000000000001 in d2, len(d2))
print(d2.pop(100000000000000000016, 'missing'))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2.clear()
if -1 in d2:
    del d2[-1]
d2[-1] = (3,)
print(d2.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d2, len(d2))
d2[-1] = (3,)
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
