# generated program 306 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(['z', 'naïve', 'ß', 'pear', '𝄞14', 'a😀', 'ß34', '𝄞', 'é98', 'a', '', 'café67', '中文', 'pear22', 'key', 'ß94', 'a😀', 'key', 'pear34', 'café0', '😀', 'дом89', 'дом48', 'b', 'z69', 'fig', '89', 'café52', 'a😀26', 'a', 'é', '中文13', 'ß', 'a😀50', 'ключ84', 'pear27', 'kiwi99', 'ß', 'Ünïcödé73', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx65'], 1)
if 'дом' in d0:
    del d0['дом']
d0['Ünïcödé68'] = 119
x = 912507602
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(d0.get('apple'), 'apple' in d0, len(d0))
x = 925555513
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0.update([('Ünïcödé', 1)], extra=(3,))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['apple81'] = 2.5
d0['a😀17'] = 0
d0.clear()
print(d0.get('naïve'), 'naïve' in d0, len(d0))
x = 898919882
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
