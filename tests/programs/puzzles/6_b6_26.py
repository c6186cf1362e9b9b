from itertools import islice

def memo(fn):
    cache = {}
    hits = 0
    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        cache[n] = result = fn(n)
        return result
    wrapper.stats = lambda: (len(cache), hits)
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.stats())
print([fib(i) for i in range(10)], fib.stats())

def counter_gen():
    calls = 0
    def tick():
        nonlocal calls
        calls += 1
        return calls
    while True:
        yield tick()

print(list(islice(counter_gen(), 4)))

def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop()
    return push, pop, lambda: tuple(items)

push, pop, peek = make_stack()
push(1); push(2); push(3)
print(pop(), peek())
