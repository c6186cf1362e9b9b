# An iterator that has run out keeps its type: type(it).__name__ after the loop.
import itertools
makers = [
    lambda: iter([1, 2]), lambda: iter((1,)), lambda: iter('ab'), lambda: iter(b'ab'),
    lambda: iter(range(3)), lambda: iter(range(2 ** 70, 2 ** 70 + 2)), lambda: iter({1: 2}),
    lambda: iter({1: 2}.values()), lambda: iter({1: 2}.items()), lambda: iter({1, 2}),
    lambda: reversed([1, 2]), lambda: reversed({1: 2}), lambda: enumerate('ab'), lambda: zip('ab', 'cd'),
    lambda: map(str, [1]), lambda: filter(None, [0, 1]), lambda: itertools.islice('abc', 2),
    lambda: itertools.chain('a', 'b'), lambda: itertools.combinations('abc', 2),
    lambda: itertools.permutations('ab'), lambda: itertools.product('ab', repeat=2),
]
for make in makers:
    it = make()
    before = type(it).__name__
    for _ in it:
        pass
    print(before, type(it).__name__, next(it, 'done'))
