# generated program 104 (tests/probe/gen_programs.py)
d0 = {}
print(d0.setdefault(0.5, (3,)))
d0[41] = 0
print(d0.pop(True, 'missing'))
d0[-0.0] = [1, 2]
print(d0.setdefault(-2, None))
d0.update([((17, 'b', ), 1)], extra='v')
print(d0.setdefault(True, None))
x = 566056162
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[247281] = 760
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {}
d1.clear()
if -49 in d1:
    del d1[-49]
x = 328059242
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x / 4
    if x % 3 == 0 and k in d1:
        del d1[k]
    else:
        d1[k] = step
d1.update(d0)
if 8 in d1:
    del d1[8]
d1[112] = None
d1[-2] = 1
if -1 in d1:
    del d1[-1]
d1.update(d0)
if d1:
    print(d1.popitem())
d1[2305843009213693951] = 0
d1[100000000000000000006] = 867
d1[-1] = 1
d1.update(d0)
print(d1.get(2305843009213693952), 2305843009213693952 in d1, len(d1))
d1[9] = 0
print(len(d1), list(d1)[:4], list(d1.values())[-3:])
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
d2 = {2305843009213693952: 0, 2305843009213693951: (3,), 51: -7, 19: 'x' * 3}
d2.update([(16, 1)], extra=(3,))
if -1 in d2:
    del d2[-1]
d2[-2] = 'v'
d2[-1267650600228229401496703205376] = None
d2.update([(-32, 1)], extra='v')
d2[-1267650600228229401496703205376] = 2.5
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
d2[18446744073709551623] = 1
d2.update([(100000000000000000091, 1)], extra=697)
d2[-1267650600228229401496703205376] = 'v'
if d2:
    print(d2.popitem())
if 8 in d2:
    del d2[8]
d2[-1267650600228229401496703205376] = 1
if 2305843009213693952 in d2:
    del d2[2305843009213693952]
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(len(d2), list(d2)[:4], list(d2.values())[-3:])
print(d2.get(18446744073709551616), 18446744073709551616 in d2, len(d2))
print(d2.setdefault(18446744073709551624, 'v'))
print(d2.pop(20, 'missing'))
if d2:
    print(d2.popitem())
d2[2305843009213693951] = 634
print('d2', len(d2))
if len(d2) < 40:
    print(d2)
c = d0.copy()
print([len(v) for v in [d0, d1, d2]])
