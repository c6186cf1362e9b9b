# generated program 85 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(range(127), 0)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(1.1805916207174113e+21), 1.1805916207174113e+21 in d0, len(d0))
print(d0.setdefault(-2.25, 2.5))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(b'*\xa3\xeb\xe2', 1)], extra=(3,))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
print(d0.pop(b'\xdd', 'missing'))
if frozenset([-1267650600228229401496703205376]) in d0:
    del d0[frozenset([-1267650600228229401496703205376])]
if b'' in d0:
    del d0[b'']
d0[1.5] = 'v'
if frozenset([967418, 58, 2305843009213693951]) in d0:
    del d0[frozenset([967418, 58, 2305843009213693951])]
x = 291516410
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys(range(62), 0)
d1.update([(-1267650600228229401496703205376, 1)], extra=-7)
print(d1.pop(-1267650600228229401496703205376, 'missing'))
d1[-1] = [1, 2]
if d1:
    print(d1.popitem())
print(d1.pop(18446744073709551618, 'missing'))
if -1 in d1:
    del d1[-1]
if d1:
    print(d1.popitem())
print(d1.get(100000000000000000023), 100000000000000000023 in d1, len(d1))
if 317085 in d1:
    del d1[317085]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 555484047
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1[2305843009213693951] = None
d1[-21] = 2.5
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
