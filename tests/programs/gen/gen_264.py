# generated program 264 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault('key66', 'x' * 3))
d0.clear()
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['fig'] = None
if d0:
    print(d0.popitem())
d0['pear'] = 922
d0['apple3'] = 'v'
d0['b'] = (3,)
if 'pear28' in d0:
    del d0['pear28']
if 'key' in d0:
    del d0['key']
if '中文84' in d0:
    del d0['中文84']
d0['ß22'] = -7
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '𝄞' in d0:
    del d0['𝄞']
print(d0.setdefault('b23', 1))
if 'z' in d0:
    del d0['z']
if 'b80' in d0:
    del d0['b80']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ключ16'] = 'v'
d0['日本'] = 2.5
if '日本' in d0:
    del d0['日本']
d0['Ünïcödé'] = None
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
