# functools.partial/reduce/wraps and itertools.count/islice/chain/takewhile/cycle
import functools
import itertools
from functools import partial, reduce


def power(base, exp, mod=None):
    """base ** exp, optionally mod."""
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(5), square(5, exp=3), cube_mod(4), two_to(10), two_to(exp=4), two_to(8, 1000))
print(square.func.__name__, square.args, square.keywords, two_to.args, two_to.keywords)
print(cube_mod.keywords, sorted(cube_mod.keywords), type(square).__name__)
nested = partial(two_to, 5)
print(nested(), nested.func is power, nested.args, nested.keywords)
renamed = partial(square, mod=10)
print(renamed(7), renamed.func.__name__, renamed.args, renamed.keywords)
greet = partial(print, "hello", sep="-")
greet("ada", "bob")
maker = partial(dict, a=1)
print(maker(b=2), maker(a=3), partial(max, key=len)(["aa", "b", "ccc"]))
try:
    partial(power)()
except TypeError as e:
    print(type(e).__name__ + ":", e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 7)))
print(reduce(lambda acc, w: acc + w[0], ["pear", "apple", "kiwi"], ""), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [], "initial"), reduce(lambda a, b: a - b, [10], 100))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []), functools.reduce(lambda a, b: b, "xyz"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__ + ":", e)


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return inner


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__qualname__, area.__doc__, area.__wrapped__.__name__)
print(area.__wrapped__(5, 6))

count = itertools.count
islice = itertools.islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(3, -2), 4)))
print(list(islice("abcdefgh", 2, 7, 2)), list(islice(range(100), 95, None)), list(islice([1, 2], 5)))
c = count(7)
print(next(c), next(c), next(islice(c, 2, None)), next(c))
print(list(itertools.chain([1, 2], "ab", (x * 10 for x in range(3)), {5: "five"})))
print(list(itertools.chain()), list(itertools.chain([], [], [0])))
letters = iter("abcdefg")
print(list(itertools.takewhile(lambda ch: ch < "d", letters)), next(letters), list(letters))
print(list(itertools.takewhile(lambda x: x * x < 50, count(1))))
print(list(islice(itertools.cycle("xyz"), 8)), list(islice(itertools.cycle([1, 2]), 0)))


def once_each():
    for w in ["red", "green"]:
        print("once_each yields", w)
        yield w


print(list(islice(itertools.cycle(once_each()), 5)))
both = (n for n in count(1) if n % 2 == 0 and n % 7 == 0)
first100 = list(islice(both, 100))
print(len(first100), first100[:5], first100[-1], sum(first100), next(both))
print(all(n % 14 == 0 for n in first100), any(n % 28 == 7 for n in first100))
pipeline = islice(map(lambda x: x * x, filter(lambda x: x % 3 == 0, count())), 1, 6)
print(list(pipeline), list(pipeline))
print(reduce(lambda a, b: a * b, islice(count(1), 10)), sum(itertools.takewhile(lambda x: x < 100, count(0, 9))))
totals = dict(zip("abc", count(100, 100)))
print(totals)
