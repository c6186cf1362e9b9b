# generated program 129 (tests/probe/gen_programs.py)
d0 = {'naïve': -7, 'kiwi': 0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': -7, 'a😀74': None, 'дом': [1, 2], 'key': 322, '𝄞52': -7, 'é50': (3,), 'key': [1, 2], 'é80': 'x' * 3}
x = 432137834
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['pear'] = 861
d0['😀51'] = None
d0['a😀'] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['ß40'] = (3,)
d0['😀'] = (3,)
d0['Ünïcödé'] = (3,)
d0['𝄞7'] = [1, 2]
if '' in d0:
    del d0['']
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
