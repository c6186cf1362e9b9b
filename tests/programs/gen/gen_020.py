# generated program 20 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(['key35', 'b16', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '12', 'дом82', '中文', '日本61', 'z32', 'naïve77', '', 'a😀30', 'ключ74', '𝄞24', 'дом95', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx27', 'z1', 'café20', '𝄞', '53', '𝄞92', '😀', 'naïve39', 'apple', '日本', 'ключ84', 'Ünïcödé', 'a😀50', 'z91', 'key', 'ключ88', 'apple59', '𝄞', 'key'], [1, 2])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['дом'] = 1
if 'a' in d0:
    del d0['a']
if 'key' in d0:
    del d0['key']
if '中文68' in d0:
    del d0['中文68']
d0['pear'] = [1, 2]
d0.update([('😀', 1)], extra=None)
d0.update([('', 1)], extra=2.5)
d0['apple'] = [1, 2]
d0.update([('b', 1)], extra='x' * 3)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['a😀38'] = 'v'
if '中文' in d0:
    del d0['中文']
d0['fig68'] = 'x' * 3
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx68', (3,)))
if d0:
    print(d0.popitem())
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['é'] = 'x' * 3
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
if d1:
    print(d1.popitem())
d1.update(d0)
d1.clear()
print(d1.get('日本58'), '日本58' in d1, len(d1))
d1.update([('fig', 1)], extra='x' * 3)
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
