# generated program 61 (tests/probe/gen_programs.py)
d0 = {('Ünïcödé91', 'Ünïcödé', ): 'x' * 3, ('pear59', ): (3,), (18446744073709551624, -1267650600228229401496703205376, ): 12, (2305843009213693951, ): 'v', (18446744073709551616, ): 2.5, True: 0, b'iY\x9e/\xf8': 'x' * 3}
d0[False] = (3,)
x = 810914342
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0[b'\xc3\x94\x15<'] = 'v'
d0[True] = None
print(d0.setdefault(True, 'v'))
d0.update([((-1267650600228229401496703205376, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'pear', ), 1)], extra=None)
if () in d0:
    del d0[()]
d0[b'>\x8e'] = 1
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
