# generated program 168 (tests/probe/gen_programs.py)
d0 = {}
if '😀' in d0:
    del d0['😀']
print(d0.get('中文'), '中文' in d0, len(d0))
x = 709481296
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[''] = 33
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '😀54' in d0:
    del d0['😀54']
d0.clear()
if 'key78' in d0:
    del d0['key78']
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx42'] = -7
d0['fig3'] = 2.5
d0['a'] = None
if 'naïve' in d0:
    del d0['naïve']
d0.clear()
d0.clear()
x = 74629391
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}.fromkeys(())
d1['é46'] = 0
print(d1.pop('𝄞', 'missing'))
x = 111220709
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print(d1.setdefault('naïve64', 242))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['𝄞'] = None
print(d1.setdefault('pear0', 'v'))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['ß1'] = 1
if '𝄞64' in d1:
    del d1['𝄞64']
print(d1.get('z51'), 'z51' in d1, len(d1))
d1['kiwi77'] = None
if d1:
    print(d1.popitem())
d1['z85'] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
