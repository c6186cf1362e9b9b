# generated program 252 (tests/probe/gen_programs.py)
d0 = {17: [1, 2], 2305843009213693951: 'v', -12: (3,), -5: 93, -2: 'x' * 3, 6: 'v', -1267650600228229401496703205376: None, 98929: (3,), -2: 'v', -1267650600228229401496703205376: -7, 104: 'v', -2: -7, 100000000000000000025: [1, 2], 45: [1, 2], 112: 298, 112: 'v', 34: 'v', -1: 0}
d0[-13] = [1, 2]
d0.clear()
d0[517751] = 'v'
if d0:
    print(d0.popitem())
print(d0.setdefault(2305843009213693951, 2.5))
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[54] = 'x' * 3
print(d0.get(80), 80 in d0, len(d0))
print(d0.pop(50, 'missing'))
d0[2305843009213693951] = (3,)
d0[18446744073709551619] = 'v'
x = 123733272
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if 112 in d0:
    del d0[112]
x = 106603442
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
print(d1.get('z78'), 'z78' in d1, len(d1))
d1['Ünïcödé'] = None
print(d1.pop('b', 'missing'))
print(d1.setdefault('kiwi', 917))
d1.update(d0)
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1.update([('key', 1)], extra=559)
if 'дом' in d1:
    del d1['дом']
if d1:
    print(d1.popitem())
x = 479064531
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
if 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' in d1:
    del d1['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
d1['ß'] = None
d1.update([('𝄞', 1)], extra=-7)
print(d1.pop('fig', 'missing'))
print(d1.setdefault('𝄞', [1, 2]))
d1['apple43'] = 0
d1['дом'] = -7
print(d1.get('a53'), 'a53' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 409121889
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = dict([(-2.25, (3,)), (b'', None), (1e-300, 'v'), (3.141592653589793, 'x' * 3), (b'\x13\x1cvnL', None), (b'Z', 0), (b"''Vv\x9c", None), (b'', 1), (-2.25, 'v'), ('𝄞27', None), ('naïve82', 134), (b'4\xa3\x98', 'x' * 3), (b'\xf9\xf9', 179), (b'\xd0', [1, 2]), (1.1805916207174113e+21, 1), (1e+300, None), (1e-300, None)])
d2['a'] = -7
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[b'\xad\x97D\xdc\xa8'] = 'v'
if 'apple' in d2:
    del d2['apple']
if 'a' in d2:
    del d2['a']
if b'\xa1M\xed' in d2:
    del d2[b'\xa1M\xed']
if -0.0 in d2:
    del d2[-0.0]
if 0.1 in d2:
    del d2[0.1]
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
print([len(v) for v in [d0, d1, d2]])
