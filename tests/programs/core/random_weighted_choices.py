# random.choices() with weights and cum_weights, as random.py computes them (accumulate,
# then bisect over random() * total), at four seeds, and its error messages.
import random
for seed in [0, 1, 42, 12345]:
    random.seed(seed)
    print(random.choices('abcde', weights=[5, 1, 1, 1, 10], k=8))
    print(random.choices(range(10), [0.5, 1.5, 2, 0, 0, 3, 1, 1, 1, 0.25], k=5))
    print(random.choices(['x', 'y', 'z'], cum_weights=[1, 1, 10], k=6))
    print(random.choices('ab', k=4), random.choices([1, 2, 3]))
for bad in [lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
            lambda: random.choices('abc', [1, 2]),
            lambda: random.choices('ab', [0, 0]),
            lambda: random.choices('ab', [1, float('inf')]),
            lambda: random.choices('ab', 3),
            lambda: random.choices('', [], k=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.random())
