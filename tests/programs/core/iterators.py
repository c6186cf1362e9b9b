# the iterator protocol: iterables vs iterators, iter()/next(), built-in iterators, exhaustion
class Countdown:
    """An iterator: __iter__ returns self, so it can be walked only once."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        print("Countdown.__iter__")
        return self

    def __next__(self):
        if self.current <= 0:
            print("Countdown raises StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    """An iterable: every iter() makes a fresh generator."""

    def __init__(self, *cards):
        self.cards = list(cards)

    def __iter__(self):
        for card in self.cards:
            yield card.upper()

    def __len__(self):
        return len(self.cards)


cd = Countdown(3)
for n in cd:
    print("got", n)
print(iter(cd) is cd, list(cd), next(cd, "empty"))
deck = Deck("a", "k", "q")
print(list(deck), list(deck), len(deck), iter(deck) is deck, sorted(deck))
it = iter(deck)
print(next(it), next(it), next(it), next(it, None), next(it, "still done"))
a, b, c = Deck("x", "y", "z")
print(a, b, c, max(deck), "Q" in deck, "J" in deck)

nums = [3, 1, 4, 1, 5, 9, 2, 6]
li = iter(nums)
print(li is nums, iter(li) is li, next(li), next(li), list(li), list(li))
for name, make in [("map", lambda: map(abs, nums)), ("filter", lambda: filter(None, nums)),
                   ("reversed", lambda: reversed(nums)), ("zip", lambda: zip(nums, nums)),
                   ("enumerate", lambda: enumerate(nums)), ("genexpr", lambda: (x for x in nums))]:
    x = make()
    print(name, iter(x) is x, next(x), len(list(x)), list(x))
print(list(map(lambda x, y: x * y, nums, range(4))), list(filter(lambda x: x > 3, nums)))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), "".join(reversed("stressed")))
print(list(zip("ab", [1, 2, 3], (True, False, None))), list(zip()), list(enumerate("xyz", start=10)))
squares = map(lambda v: v * v, nums)
print(4 in squares, list(squares))
evens = filter(lambda v: v % 2 == 0, range(10))
print(next(evens), sum(evens), sum(evens))
for bad in [lambda: next(nums), lambda: iter(5), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, repr(str(e)))

scores = {"ada": 3, "bob": 0, "cy": 5, "dora": 2}


def positive(d):
    for k, v in d.items():
        if v > 0:
            yield k, v


for k, v in positive(scores):
    print("positive", k, v)
ranked = dict(sorted(positive(scores), key=lambda kv: -kv[1]))
print(ranked, list(iter(scores)), next(iter(scores.values())), list(scores.items())[-1])
inverse = {v: k for k, v in positive(scores)}
print(inverse)
d_it = iter(scores)
print(next(d_it), next(d_it), list(d_it))
ks = iter(scores.keys())
print(iter(ks) is ks, list(ks), list(ks))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


fib = Fib(60)
print(list(fib), sum(fib), [x for x in fib if x % 2], dict(enumerate(Fib(5))))
pairs = zip(Fib(20), Countdown(4))
print(list(pairs), list(pairs))
