# generated program 174 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({'a', 'ß', 'z33', 'z45', 'naïve15', 'Ünïcödé', '𝄞', 'kiwi20', '中文', 'ß61', 'z30', '𝄞13', 'a😀61', 'é26', 'a😀15', '67', 'apple', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx67'})
print(d0.pop('a😀', 'missing'))
d0['中文60'] = 1
x = 601537786
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['中文'] = 0
d0.update([('é', 1)], extra='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('é18', 1)], extra='x' * 3)
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = -7
d0['apple'] = None
if 'a72' in d0:
    del d0['a72']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['naïve'] = None
print(d0.pop('33', 'missing'))
d0['中文15'] = 2.5
if '65' in d0:
    del d0['65']
if 'apple40' in d0:
    del d0['apple40']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
