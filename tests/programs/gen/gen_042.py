# generated program 42 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(range(177), 0)
if d0:
    print(d0.popitem())
d0['b'] = [1, 2]
d0['b'] = [1, 2]
d0['kiwi'] = 'v'
d0['ключ'] = 601
x = 228860603
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 'café64' in d0:
    del d0['café64']
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 'key7' in d0:
    del d0['key7']
x = 284953738
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if '𝄞' in d0:
    del d0['𝄞']
d0['𝄞'] = 0
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {100000000000000000077: -7, -1267650600228229401496703205376: -7, -1: -7, -2: [1, 2], 26: [1, 2], 100000000000000000086: [1, 2], 100000000000000000039: None}
d1[2305843009213693951] = [1, 2]
if d1:
    print(d1.popitem())
d1[-2] = -7
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update(d0)
d1.update(d0)
d1[128338] = None
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
c = d0.copy()
print([len(v) for v in [d0, d1]])
