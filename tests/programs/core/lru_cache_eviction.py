# Bounded lru_cache eviction: which calls run the function (least recently used
# first out, a hit refreshing its key), cache_info() along the way, maxsize=1 and 2.
from functools import lru_cache

calls = []

@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6, 1]:
    square(n)
print(calls)
print(square.cache_info())

@lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib(10), fib.cache_info())

@lru_cache(maxsize=1)
def pair(a, b):
    calls.append((a, b))
    return a + b

print(pair(1, 2), pair(1, 2), pair(2, 1), pair(1, 2), pair.cache_info())

@lru_cache(maxsize=4)
def word(s):
    calls.append(s)
    return s.upper()

x = 7
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    word('w%d' % (x % 9))
print(word.cache_info(), len(calls))
@lru_cache
def dflt(n):
    return n
for i in range(300):
    dflt(i % 150)
print(dflt.cache_info())
