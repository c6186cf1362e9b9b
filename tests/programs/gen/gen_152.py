# generated program 152 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['Ünïcödé', 'é64', 'ключ81', 'naïve99', 'b91', 'ключ'])}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get('z47'), 'z47' in d0, len(d0))
d0.update([('дом0', 1)], extra=[1, 2])
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx53'] = 0
print(d0.setdefault('𝄞', -7))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate([1e-300, frozenset([49, 2305843009213693952]), frozenset([2305843009213693952, 100000000000000000087]), 1.5, 0.5, 0.5, frozenset([104, 100000000000000000057]), 1.75, frozenset([100000000000000000001, 2305843009213693952]), frozenset([29, 2305843009213693952]), 1.1805916207174113e+21, -2.25, 1.5, -0.0, 0.1])}
if frozenset([30, -2, -1]) in d1:
    del d1[frozenset([30, -2, -1])]
if d1:
    print(d1.popitem())
print(d1.pop(1.75, 'missing'))
d1[0.1] = 'v'
x = 261469169
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop(frozenset([-2, 2305843009213693952]), 'missing'))
d1[0.5] = 1
d1[frozenset([-2, -1267650600228229401496703205376])] = (3,)
d1[1.1805916207174113e+21] = 136
print(d1.pop(frozenset([79857, 18446744073709551624, 80]), 'missing'))
x = 328266460
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault(1.25, 1))
x = 999088430
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop(1.5, 'missing'))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=-7, k1=0, k2=0, k3=(3,), k4=1, k5=0, k6=358, k7=[1, 2], k8=2.5, k9=None, k10='v', k11=1)
d2[b':'] = 0
print(d2.get(('fig', -1, 'a', )), ('fig', -1, 'a', ) in d2, len(d2))
if b'' in d2:
    del d2[b'']
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[b'\x04\x05\x97\x8f\xff'] = [1, 2]
if b'\xbe\xf9[' in d2:
    del d2[b'\xbe\xf9[']
if b'' in d2:
    del d2[b'']
print(d2.setdefault((2305843009213693952, ), 'x' * 3))
if ('pear', -1267650600228229401496703205376, ) in d2:
    del d2[('pear', -1267650600228229401496703205376, )]
if d2:
    print(d2.popitem())
d2[b'\xd8\x017\x95\x18'] = 738
x = 128080597
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
d2[()] = 'x' * 3
d2[b'\xe0\xc0,\x1d'] = [1, 2]
if () in d2:
    del d2[()]
print(d2.get(b''), b'' in d2, len(d2))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
