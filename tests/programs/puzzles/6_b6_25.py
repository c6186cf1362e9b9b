def accumulator():
    total = 0
    count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            break
        total += value
        count += 1
    return total, count

avg = accumulator()
print(avg.send(None))
for v in [10, 20, 60]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)

def delegator(results):
    while True:
        r = yield from accumulator()
        results.append(r)
        if len(results) >= 2:
            return "two batches"

res = []
d = delegator(res)
next(d)
for v in [1, 2, None, 5, None]:
    try:
        d.send(v)
    except StopIteration as e:
        print("delegator done:", e.value)
print(res)
try:
    next(accumulator()).foo
except AttributeError as e:
    print("AttributeError:", e)
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
