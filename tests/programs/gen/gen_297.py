# generated program 297 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['日本48', '68', 'key12', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1', '😀14', 'ß', 'a', 'key87', 'дом18', 'naïve65', '日本', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '中文57', '中文', '71', 'ключ', '65', 'pear82'])}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['é71'] = (3,)
x = 1036484684
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('Ünïcödé6', 130))
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 'v'
d0['𝄞63'] = 'x' * 3
if d0:
    print(d0.popitem())
d0['ключ'] = 2.5
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 1
d0['中文75'] = 1
d0.update([('naïve', 1)], extra=91)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('key47', 1)], extra=(3,))
d0['中文'] = [1, 2]
if 'ключ43' in d0:
    del d0['ключ43']
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0.update([('key66', 1)], extra=333)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict(d0)
d1[''] = 1
d1.update([('😀', 1)], extra=2.5)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if d1:
    print(d1.popitem())
if 'kiwi' in d1:
    del d1['kiwi']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
