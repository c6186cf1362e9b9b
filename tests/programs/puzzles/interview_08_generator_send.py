# Generator state and send()
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

g = accumulator()
print("prime:", next(g))
print("send 5:", g.send(5))
print("send 10:", g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stopped, value:", e.value)

def gen():
    yield 1
    yield 2

h = gen()
try:
    h.send(42)
except TypeError as e:
    print("TypeError:", e)
print("next after error:", next(h))
