# generated program 262 (tests/probe/gen_programs.py)
d0 = dict(k0=767, k1=-7, k2=-7, k3=-7)
d0[-1267650600228229401496703205376] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[-36] = 1
d0[18446744073709551622] = (3,)
x = 989159085
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[734436] = 'x' * 3
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.get(18446744073709551619), 18446744073709551619 in d0, len(d0))
if 16 in d0:
    del d0[16]
d0[-20] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 976918452
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['ß', 'café', 'b65', 'fig', 'ключ95', 'é84', 'Ünïcödé5', 'naïve80', 'pear', 'z65', 'a67', '日本91', 'ключ68', 'fig23', 'apple88', 'pear71', '日本', '𝄞', '😀88', 'key'])}
x = 226147718
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('дом', None))
if d1:
    print(d1.popitem())
d1.update([('naïve', 1)], extra=(3,))
x = 367997565
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'café7' in d1:
    del d1['café7']
d1.update(d0)
d1.update(d0)
x = 876132750
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.pop('𝄞', 'missing'))
print(d1.get('a63'), 'a63' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
