# generated program 188 (tests/probe/gen_programs.py)
d0 = dict([(104, -7), (-1267650600228229401496703205376, None), (728593, -7), (57, 609), (-1, 2.5), (('pear44', 18446744073709551616, ), [1, 2]), ((80, 100000000000000000076, 10, ), [1, 2]), (35, -7), (('fig71', 'key', '𝄞57', ), (3,)), ((), 'v'), (340997, 446), (2305843009213693952, [1, 2]), (18446744073709551617, None), (-48, 0), (20, 'x' * 3), (18446744073709551616, None), ((18446744073709551616, 'naïve24', 'kiwi', ), 2.5), (('a64', ), 0), ((100000000000000000021, -1, ), [1, 2]), (-2, 'v'), (-42, -7)])
if 854530 in d0:
    del d0[854530]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if 32 in d0:
    del d0[32]
d0[8] = 'v'
d0[('café59', 64, )] = 0
print(d0.get(()), () in d0, len(d0))
x = 645534849
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = d0.copy()
x = 845512846
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1['pear'] = 'v'
d1['дом84'] = (3,)
d1['Ünïcödé40'] = -7
d1['дом'] = 'v'
d1.update(d0)
if 'key51' in d1:
    del d1['key51']
d1['дом60'] = None
if 'fig78' in d1:
    del d1['fig78']
d1['key'] = 'x' * 3
x = 255883600
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'ключ' in d1:
    del d1['ключ']
if d1:
    print(d1.popitem())
d1.update(d0)
x = 155730982
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
