# generated program 54 (tests/probe/gen_programs.py)
d0 = {0.1: 'x' * 3, True: 'v', 1e-300: None, frozenset([-1, -4]): 328, frozenset([-1267650600228229401496703205376, 80, 43]): 'v', 0.1: -7, True: -7, True: -7, frozenset([-2, 18446744073709551619]): 1, True: 2.5, True: 'x' * 3, 0.1: None, ('Ünïcödé50', 'café', 'Ünïcödé', ): 526, (24, ): (3,), (): 702, (-1, 'Ünïcödé66', 'ключ', ): 0}
x = 949340448
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0.update([(('a', 'kiwi', -2, ), 1)], extra=2.5)
x = 296345611
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x % 13, x % 7)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0.clear()
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
