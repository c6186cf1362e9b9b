# generated program 22 (tests/probe/gen_programs.py)
d0 = {}
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if -35 in d0:
    del d0[-35]
print(d0.get(-1267650600228229401496703205376), -1267650600228229401496703205376 in d0, len(d0))
d0[100000000000000000072] = 649
d0[153131] = [1, 2]
print(d0.pop(13, 'missing'))
print(d0.pop(24, 'missing'))
print(d0.get(18446744073709551619), 18446744073709551619 in d0, len(d0))
if d0:
    print(d0.popitem())
x = 421760178
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([(-1267650600228229401496703205376, 1)], extra=-7)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[46] = None
d0.update([(13, 1)], extra=0)
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {k: i for i, k in enumerate(['b', 'naïve7'])}
if '𝄞' in d1:
    del d1['𝄞']
print(d1.pop('é', 'missing'))
if 'z81' in d1:
    del d1['z81']
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
