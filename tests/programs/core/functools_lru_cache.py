# functools.lru_cache and cache: the wrapper's dict, its counters, and the recursion
# limit counting each level twice (the wrapper's call, then the frame).
import functools
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info())


@lru_cache
def sq(x):
    print("computing", x)
    return x * x


print(sq(4), sq(4), sq(5), sq.cache_info())


@lru_cache(maxsize=64)
def word_len(w):
    return len(w)


print([word_len(w) for w in ["é", "ψψ", "é", "abc", "ψψ"]], word_len.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x + 1


print(nocache(1), nocache(1), nocache.cache_info())


@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


reached = None
for n in range(480, 520):
    depth.cache_clear()
    try:
        depth(n)
    except RecursionError as e:
        reached = (n, str(e))
        break
print(reached)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print(e)
