# generated program 90 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(range(92), 0)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = -7
d0.update([('café', 1)], extra='x' * 3)
d0.clear()
d0['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] = -7
print(d0.pop('😀', 'missing'))
x = 1040329781
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.update([('kiwi', 1)], extra=-7)
if 'z50' in d0:
    del d0['z50']
if 'pear' in d0:
    del d0['pear']
d0['fig23'] = [1, 2]
d0['kiwi60'] = (3,)
d0['Ünïcödé'] = 2.5
d0['pear'] = 'v'
d0['𝄞21'] = 2.5
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0['fig66'] = [1, 2]
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([('ключ', 1)], extra=0)
x = 69484138
for step in range(10):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
if d0:
    print(d0.popitem())
d0['key33'] = -7
d0['35'] = -7
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = dict.fromkeys({'z', 'fig36', 'kiwi', '𝄞2', '', ''})
if 'apple37' in d1:
    del d1['apple37']
d1.clear()
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
d1['ключ95'] = 1
d1['é'] = [1, 2]
if '中文5' in d1:
    del d1['中文5']
print(d1.get('Ünïcödé69'), 'Ünïcödé69' in d1, len(d1))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
x = 163447436
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.clear()
d1.update([('apple67', 1)], extra=-7)
print(d1.setdefault('😀70', 0))
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
if 'z92' in d1:
    del d1['z92']
print(d1.get('a79'), 'a79' in d1, len(d1))
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {2305843009213693951: [1, 2], 88: 1, 14: 0, 2305843009213693951: None, 18446744073709551623: 'x' * 3, 100000000000000000058: None, -1: (3,), -1267650600228229401496703205376: (3,), -1267650600228229401496703205376: 882, 40: None, 18446744073709551618: None, -1267650600228229401496703205376: [1, 2], -1267650600228229401496703205376: None, -1: [1, 2], 2305843009213693952: [1, 2], 100000000000000000034: 2.5, -1267650600228229401496703205376: 0, 2305843009213693951: -7, 112: 0, 2305843009213693951: 1, -2: -7, 100000000000000000027: -7, 2305843009213693952: 1, -1267650600228229401496703205376: 'v', -1: 'x' * 3, 100000000000000000041: 'v', 18446744073709551618: (3,), 57: 2.5, -1267650600228229401496703205376: 'v', 2305843009213693951: 1, -2: 920, 88: [1, 2], 18446744073709551624: 2.5}
d2[51] = 2.5
d2[12] = 677
d2.update([(-1267650600228229401496703205376, 1)], extra=[1, 2])
d2[-2] = None
if d2:
    print(d2.popitem())
d2.update(d1)
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.setdefault(-1, 'v'))
d2[64] = [1, 2]
print(d2.setdefault(2305843009213693951, -7))
x = 50974083
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x)[:3]
    if x % 3 == 0 and k in d2:
        del d2[k]
    else:
        d2[k] = step
if 33 in d2:
    del d2[33]
print(d2.get(-2), -2 in d2, len(d2))
d2[-1] = (3,)
print(d2.pop(32, 'missing'))
print(d2.setdefault(100000000000000000053, (3,)))
if -1267650600228229401496703205376 in d2:
    del d2[-1267650600228229401496703205376]
d2[-2] = -7
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
