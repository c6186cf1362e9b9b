# generated program 197 (tests/probe/gen_programs.py)
d0 = {('ß', ): 898, False: 828, b'i\xde\x013': None, ('дом25', 'a😀45', '中文', ): [1, 2], (): 'v', (): 'v', b'Sf': 'x' * 3, b'o\xfc': 2.5, b'\xe5\x89\xa2[': 0, (18446744073709551623, 2305843009213693952, 'ß', ): 2.5, b'\\\xd6\x12': 'v', b'\x14\x88#': -7, True: (3,), ('key70', ): 5, False: 379}
d0[(2305843009213693951, -2, -1267650600228229401496703205376, )] = [1, 2]
if False in d0:
    del d0[False]
d0[b'\x01K'] = 'v'
d0[False] = (3,)
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[False] = 116
d0.update([(False, 1)], extra=0)
d0[b'\x94'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.clear()
x = 959945005
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[True] = 'x' * 3
print(d0.get((-1267650600228229401496703205376, -2, )), (-1267650600228229401496703205376, -2, ) in d0, len(d0))
d0[b'o\x86'] = 0
d0[b'\xa0}q'] = 2.5
print(d0.setdefault(b'\x9d\xd6^', -7))
print(d0.get(False), False in d0, len(d0))
x = 111629447
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = -(x % 100)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[('ß4', -26, )] = 2.5
if d0:
    print(d0.popitem())
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
