def countdown(n):
    while n > 0:
        yield n
        n -= 1

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return [x for _, x in zip(range(n), it)]

print(list(countdown(5)))
print(take(12, fib_gen()))
gen = countdown(3)
print(next(gen), next(gen), next(gen), next(gen, "done"))
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
evens = (n for n in range(20) if n % 2 == 0)
print(max(evens), list(evens))

def echo():
    received = []
    while True:
        val = yield len(received)
        if val is None:
            break
        received.append(val)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
