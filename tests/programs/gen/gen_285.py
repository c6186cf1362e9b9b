# generated program 285 (tests/probe/gen_programs.py)
d0 = dict.fromkeys({'a😀', 'naïve54', 'ß'})
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '𝄞20' in d0:
    del d0['𝄞20']
d0['Ünïcödé23'] = 600
d0['😀'] = [1, 2]
d0['apple'] = 'v'
d0['中文'] = 'x' * 3
print(d0.setdefault('naïve', -7))
d0['fig'] = -7
if 'kiwi46' in d0:
    del d0['kiwi46']
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['Ünïcödé'] = (3,)
print(d0.pop('ключ', 'missing'))
if 'é42' in d0:
    del d0['é42']
d0['fig'] = 1
print(d0.pop('b', 'missing'))
print(d0.get('key78'), 'key78' in d0, len(d0))
d0['a'] = 2.5
if 'é16' in d0:
    del d0['é16']
if 'café' in d0:
    del d0['café']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
