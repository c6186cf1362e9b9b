# generated program 299 (tests/probe/gen_programs.py)
d0 = {'Ünïcödé32': [1, 2], 'key': (3,), 'naïve': 0, 'z47': None, '日本': (3,), '𝄞83': -7, '中文': 352, '𝄞25': 1, 'a😀': 'v', 'b': 'v', 'Ünïcödé4': 'v', '54': -7, 'b': -7, 'naïve': 'x' * 3, 'Ünïcödé': -7}
if d0:
    print(d0.popitem())
d0['дом'] = [1, 2]
print(d0.setdefault('𝄞43', 2.5))
d0['ключ49'] = 575
x = 459688273
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['Ünïcödé'] = 'x' * 3
if 'key' in d0:
    del d0['key']
d0['naïve'] = None
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
x = 649134900
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('a😀', 1)], extra=[1, 2])
if 'kiwi42' in d0:
    del d0['kiwi42']
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = [1, 2]
if d0:
    print(d0.popitem())
x = 64926881
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('a😀', 1)], extra=2.5)
x = 61027551
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['kiwi'] = 0
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
