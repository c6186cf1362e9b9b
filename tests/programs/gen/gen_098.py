# generated program 98 (tests/probe/gen_programs.py)
d0 = {}
d0['pear35'] = -7
if d0:
    print(d0.popitem())
d0['fig'] = 0
if '中文' in d0:
    del d0['中文']
d0.update([('😀', 1)], extra=909)
x = 744045683
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 750091825
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['apple'] = (3,)
d0['Ünïcödé'] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'naïve' in d0:
    del d0['naïve']
x = 591869708
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['𝄞16'] = None
d0['fig'] = 'v'
d0.update([('kiwi', 1)], extra='v')
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d0:
    del d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
d0['日本26'] = None
if 'pear' in d0:
    del d0['pear']
d0['key23'] = 2.5
if '' in d0:
    del d0['']
d0['apple'] = 'v'
print(d0.setdefault('Ünïcödé35', -7))
d0['é66'] = [1, 2]
d0.update([('日本48', 1)], extra=763)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
