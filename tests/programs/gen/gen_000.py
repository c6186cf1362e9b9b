# generated program 0 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate([2305843009213693951, 32, 100000000000000000015, 2305843009213693951, 2305843009213693952, 24, -1267650600228229401496703205376, -2, 2305843009213693952, 31, -1267650600228229401496703205376, 23, -1, 16, 2305843009213693952, 112])}
if -1267650600228229401496703205376 in d0:
    del d0[-1267650600228229401496703205376]
d0[-2] = 'x' * 3
d0[18446744073709551623] = 2.5
print(d0.pop(-2, 'missing'))
d0.update([(2305843009213693952, 1)], extra=[1, 2])
print(d0.setdefault(2305843009213693951, 0))
d0.update([(18446744073709551621, 1)], extra=595)
if -40 in d0:
    del d0[-40]
d0[-14] = 697
d0[268852] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict([('ß', 315), ('𝄞', 'v'), ('日本', (3,)), ('дом30', 0), ('a', 'x' * 3), ('a😀97', 0), ('😀', -7), ('64', 413), ('naïve15', [1, 2]), ('日本11', [1, 2]), ('37', None), ('é97', 770), ('café19', 'v'), ('é41', (3,)), ('дом96', 'v'), ('69', 235), ('дом10', -7)])
d1['𝄞56'] = 1
d1['ключ51'] = -7
d1['café'] = 'v'
x = 1049828655
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['日本60'] = 'v'
d1['fig'] = -7
d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = [1, 2]
print(d1.setdefault('𝄞82', 2.5))
d1['fig78'] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'naïve' in d1:
    del d1['naïve']
d1['naïve'] = 152
d1['fig'] = 1
print(d1.get('a'), 'a' in d1, len(d1))
print(d1.pop('fig', 'missing'))
x = 511150953
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['é'] = 0
if 'apple' in d1:
    del d1['apple']
d1['a😀'] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if '𝄞' in d1:
    del d1['𝄞']
d1['ß4'] = None
x = 91622711
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
x = 856696015
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict(k0=(3,), k1=(3,), k2='v', k3=-7, k4=[1, 2], k5=664, k6=None, k7='x' * 3, k8=[1, 2], k9=2.5, k10=0, k11=2.5)
d2[-1267650600228229401496703205376] = 2.5
d2[2305843009213693952] = -7
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
if 612876 in d2:
    del d2[612876]
print(d2.get(100000000000000000049), 100000000000000000049 in d2, len(d2))
d2[52] = [1, 2]
d2[72] = -7
d2[18446744073709551620] = 'x' * 3
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.get(18446744073709551619), 18446744073709551619 in d2, len(d2))
d2.clear()
d2.update([(-1267650600228229401496703205376, 1)], extra=None)
if 8 in d2:
    del d2[8]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
