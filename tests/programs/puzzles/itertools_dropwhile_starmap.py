from itertools import dropwhile, starmap
calls = []
def small(x):
    calls.append(x)
    return x < 5
print(list(dropwhile(small, [1, 3, 5, 2, 1, 7])), calls)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
print(list(dropwhile(lambda x: True, [1, 2])), type(dropwhile(None, [])).__name__, type(starmap(max, [])).__name__)
