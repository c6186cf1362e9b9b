from itertools import islice, count, takewhile, cycle, chain

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(islice(naturals(), 5)))
print(list(islice(primes(), 10)))
print(list(islice(fib(), 3, 12, 2)))
print(list(takewhile(lambda x: x < 50, fib())))
print(list(islice(cycle("abc"), 7)))
print(list(islice(chain([1, 2], naturals()), 6)))
squares = (x * x for x in naturals())
print(next(squares), next(squares), next(squares))
print(list(islice(squares, 4)))
evens = (x for x in count(0, 2) if x % 3)
print(list(islice(evens, 5)))
g = (c.upper() for c in "hey")
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 2))
