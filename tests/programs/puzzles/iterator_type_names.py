print(type(iter((1, 2))).__name__, type(iter([1])).__name__, type(iter("ab")).__name__, type(iter("é")).__name__, type(iter({})).__name__, type(iter(range(3))).__name__)
t = iter((1, 2))
print(next(t), list(t))
