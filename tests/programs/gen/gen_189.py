# generated program 189 (tests/probe/gen_programs.py)
d0 = {}
d0[-29] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
d0[-1267650600228229401496703205376] = 2.5
print(d0.pop(-2, 'missing'))
d0[-1] = 'x' * 3
print(d0.pop(-1, 'missing'))
d0[-1267650600228229401496703205376] = None
if 15 in d0:
    del d0[15]
d0.update([(-1, 1)], extra=0)
d0[-1267650600228229401496703205376] = 2.5
d0[100000000000000000039] = 790
d0[37] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.pop(-1, 'missing'))
d0.update([(-1, 1)], extra=[1, 2])
print(d0.pop(100000000000000000027, 'missing'))
d0[112] = 2.5
d0.update([(2305843009213693951, 1)], extra=None)
d0[-33] = 'v'
d0.update([(18446744073709551621, 1)], extra=2.5)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['a', 'Ünïcödé29', 'key29', 'ß77', '中文', 'ß87', '日本', 'fig', 'pear', 'ß0', 'apple', 'z', 'fig', 'naïve6', 'naïve73', 'a87'])}
if 'Ünïcödé68' in d1:
    del d1['Ünïcödé68']
d1['pear'] = 1
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['key43'] = (3,)
if 'a😀99' in d1:
    del d1['a😀99']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
