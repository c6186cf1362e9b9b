a = [0, 1, 2, 3]
for args in [(2, 3), (2, 0, 2), (3, -1), (1, -10, -2), (0, 0, 0), (3, 2, 100), (3, 10**30), (0, -10**30, 10**30), (2, 2, 3), (1, 5)]:
    try:
        print(args, a.index(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
t = (1, 2, 3, 2, 1)
for args in [(2, 2), (1, 1), (2, -2), (3, 0, 2), (1, -1, 5), (2, 4), (9,)]:
    try:
        print(args, t.index(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for bad in [(1, None), (1, 0, None), (1, '0'), (1, 1.0)]:
    try:
        print(bad, a.index(*bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print('abcabc'.find('a', 1), 'abcabc'.index('c', -2), 'abc'.find('a', 10**30), 'abc'.find('a', -10**30))
print(a.index(True), [1, 2].index(2, True))
