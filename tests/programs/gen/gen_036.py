# generated program 36 (tests/probe/gen_programs.py)
d0 = dict([('', 0), ('дом24', 'x' * 3), ('дом', 0)])
d0['ß'] = 1
if 'a' in d0:
    del d0['a']
if 'apple' in d0:
    del d0['apple']
if '𝄞' in d0:
    del d0['𝄞']
d0.update([('b', 1)], extra=[1, 2])
d0.update([('café99', 1)], extra=None)
if 'naïve' in d0:
    del d0['naïve']
if 'a' in d0:
    del d0['a']
print(d0.get('a😀62'), 'a😀62' in d0, len(d0))
d0['b0'] = 227
print(d0.setdefault('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx47', -7))
d0['fig17'] = 'v'
d0.clear()
d0['apple54'] = 409
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'pear' in d0:
    del d0['pear']
d0['a95'] = (3,)
x = 917536263
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(d0.setdefault('😀22', 2.5))
if 'b' in d0:
    del d0['b']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = 'x' * 3
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
