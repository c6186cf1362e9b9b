# generated program 136 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([12, False, 3.141592653589793, True, False, True, 2305843009213693951, True, 0.1, True, 1e+300, False, ('pear5', -42, ), 100000000000000000027, ()])}
d0.update([(-2, 1)], extra=(3,))
if True in d0:
    del d0[True]
d0[()] = 'x' * 3
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(1e+300), 1e+300 in d0, len(d0))
d0[48] = (3,)
d0[0.1] = 0
d0[(422649, )] = -7
d0[2305843009213693952] = 1
d0[11] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop((), 'missing'))
d0.update([(-2, 1)], extra='x' * 3)
if d0:
    print(d0.popitem())
d0.clear()
d0[True] = None
d0[('a', 18446744073709551616, -30, )] = 1
d0.update([(-1267650600228229401496703205376, 1)], extra=2.5)
print(d0.setdefault(('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx65', ), 0))
d0[-1] = 2.5
d0[1.1805916207174113e+21] = 'v'
d0[False] = 2.5
print(d0.pop(2, 'missing'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(k0=-7, k1=1, k2=1, k3=None, k4=0, k5=2.5, k6=1, k7='x' * 3, k8=(3,), k9=None, k10=1, k11=(3,))
d1['a95'] = 2.5
if 'Ünïcödé22' in d1:
    del d1['Ünïcödé22']
if d1:
    print(d1.popitem())
d1['pear'] = 2.5
d1.update([('b', 1)], extra=-7)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if '𝄞' in d1:
    del d1['𝄞']
if 'b1' in d1:
    del d1['b1']
d1['b'] = [1, 2]
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['z33'] = (3,)
if 'apple' in d1:
    del d1['apple']
d1['日本60'] = 2.5
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {}
d2.update(d1)
d2['z74'] = None
d2['z'] = 2.5
if 'pear11' in d2:
    del d2['pear11']
d2['naïve38'] = [1, 2]
print(d2.setdefault('a😀65', 'x' * 3))
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.setdefault('é2', 'x' * 3))
if '😀' in d2:
    del d2['😀']
d2['ключ10'] = 'x' * 3
d2['43'] = None
d2['😀25'] = 1
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
