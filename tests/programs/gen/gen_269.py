# generated program 269 (tests/probe/gen_programs.py)
d0 = dict([('a', -7), ('😀', 2.5), ('naïve', 'v'), ('z', -7), ('pear12', 2.5)])
d0['Ünïcödé'] = (3,)
print(d0.get('𝄞96'), '𝄞96' in d0, len(d0))
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1[48] = 0
d1[-19] = 'v'
d1[-1267650600228229401496703205376] = 'x' * 3
d1.update(d0)
d1[100000000000000000094] = -7
d1[63] = 1
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict.fromkeys({'café43', '中文', 'fig26', 'fig95', 'a😀9', '日本', 'é', '日本71', 'key', 'pear5', 'naïve61'})
d2['fig'] = None
d2['b21'] = 2.5
x = 311851949
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
print(d2.setdefault('ключ', 1))
print(d2.setdefault('é15', -7))
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
