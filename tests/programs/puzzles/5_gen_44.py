from functools import reduce, partial

nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(reduce(lambda a, b: a + b, nums), reduce(lambda a, b: a * b, nums, 1))
print(reduce(max, nums), reduce(lambda acc, x: acc + [x] if x not in acc else acc, nums, []))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(lambda x: x + 1, lambda x: x * 2, str, lambda s: s + "!")
print(pipeline(5), pipeline(-1))
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), [square(x) for x in range(5)])
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111111"))
running = []
reduce(lambda acc, x: running.append(acc + x) or acc + x, nums, 0)
print(running)
words = "the rain in spain falls mainly".split()
longest = reduce(lambda a, b: a if len(a) >= len(b) else b, words)
print(longest, sorted(words, key=lambda w: (w.count("a"), w)))
key_fn = lambda w: w[1:]
print(sorted(words, key=key_fn), sorted(nums, key=lambda n: -n)[:3])
apply_twice = lambda f, x: f(f(x))
print(apply_twice(lambda s: s * 2, "ab"), apply_twice(square, 3))
print(list(map(partial(round, ndigits=1), [1.25, 2.35, 3.14159])))
