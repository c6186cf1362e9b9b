print(range(10)[2:5], range(10)[-3:], range(10)[::-1], range(10)[::2], range(10)[1:8:3])
print(range(0, 20, 3)[::-2], list(range(0, 20, 3)[::-2]))
print(range(10)[5:2], range(10)[100:], range(10)[-100:2], range(10)[:-100])
print(range(5, -5, -2)[1:], range(5, -5, -2)[::-1], list(range(5, -5, -2)[::-1]))
print(range(0)[::-1], range(3)[None:None:None], range(1, 10, 4)[10**30:], range(10)[-10**30:10**30:7])
r = range(2, 50, 5)
for sl in [slice(1, None), slice(None, None, -3), slice(-2, 1, -1), slice(3, 3), slice(None, -1, 2)]:
    x = r[sl]
    print(sl, x, list(x) == list(r)[sl], len(x))
for bad in [slice(0, 1, 0), slice('a', 2), slice(0, 2.5)]:
    try:
        print(r[bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(r['x'])
except TypeError as e:
    print(e)
try:
    print(r[10])
except IndexError as e:
    print(e)
print(r[-1], r[True])
big = range(10**20)
print(big[-1], big[10**19], 10**19 in big, bool(big), big.stop)
print(range(10**30)[5], range(-10**25, 10**25, 10**24)[3], bool(range(10**20, 0)), bool(range(10**20)))
print(big[10**19:][::-10**18], big[::2][-1])
try:
    len(big)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(big[10**20])
except IndexError as e:
    print(e)
print(len(range(10**18)))
for i in range(2**64, 2**64 + 2):
    print(i)
print(range(2**64, 2**65, 2**63), list(range(2**64, 2**65, 2**63)))
