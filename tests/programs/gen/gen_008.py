# generated program 8 (tests/probe/gen_programs.py)
d0 = {k: i for i, k in enumerate(['25', 'Ünïcödé', 'b24', '😀3', 'apple2', 'key', 'pear83', 'é57', 'é12', 'b21'])}
d0['b'] = 1
d0['😀99'] = 60
if 'apple' in d0:
    del d0['apple']
x = 722063513
for step in range(50):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 5000
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
x = 232146529
for step in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    k = str(x % 997)
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
d0['ключ76'] = 'x' * 3
x = 605367849
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 64 * 8
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
d1 = {-0.0: None, frozenset([100000000000000000089, 18446744073709551623]): 'x' * 3}
d1[-0.0] = None
if d1:
    print(d1.popitem())
d1[(-2, 2305843009213693951, )] = 'x' * 3
d1[()] = 0
d1[(245384, 52, )] = 'x' * 3
print('d1', len(d1))
if len(d1) < 40:
    print(d1)
print([len(v) for v in [d0, d1]])
