from itertools import count, islice, chain, takewhile, cycle

print(list(islice(count(5, 3), 6)))
print(list(islice(cycle("ABC"), 8)))
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain.from_iterable([[1, 2], [3], []])))
print(list(takewhile(lambda x: x * x < 50, count(1))))
print(list(islice("abcdefghij", 2, 9, 3)))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)), next(evens))
colors = cycle(["red", "green"])
rows = [f"row{i}:{next(colors)}" for i in range(5)]
print(rows)
primes = []
for n in count(2):
    if all(n % p for p in primes):
        primes.append(n)
    if len(primes) == 12:
        break
print(primes)
total = 0
for i, v in zip(count(1), ["a", "b", "c"]):
    total += i
    print(i, v, total)
print(list(islice(count(0.5, 0.25), 4)))
print(list(takewhile(str.isalpha, "abc1def")))
