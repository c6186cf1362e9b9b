# random, seeded: the Mersenne Twister and random.py's methods, draw for draw.
import random

random.seed(42)
print(random.random(), random.random(), random.getrandbits(8), random.getrandbits(70), random.getrandbits(0))
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices("xyz", k=6), random.choices(range(100)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample("abcdefghij", 3), random.sample(range(10**6), 8))
print(random.uniform(1, 2), random.uniform(-5.5, 5.5))
for seed in [0, 1, 2**40, -7, 10**30, True, 3.5]:
    random.seed(seed)
    print(seed, random.random(), random.randint(0, 10**12))
random.seed(2026)
d = {}
for _ in range(300):
    k = random.randint(0, 60)
    if k in d and random.random() < 0.3:
        del d[k]
    else:
        d[k] = random.getrandbits(16)
print(len(d), list(d.items())[:8])
words = [random.choice(["é", "ψ", "😀", "ab", "cd"]) * random.randint(1, 3) for _ in range(30)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.getrandbits(-1),
            lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
