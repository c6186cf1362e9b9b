# Lazy generator pipelines: observe evaluation order
def source(n):
    for i in range(n):
        print(f"  source yields {i}")
        yield i
def double(items):
    for x in items:
        print(f"  double {x} -> {x * 2}")
        yield x * 2
def only_big(items, threshold):
    for x in items:
        if x > threshold:
            print(f"  pass {x}")
            yield x
        else:
            print(f"  drop {x}")
pipeline = only_big(double(source(5)), 3)
print("pipeline built, nothing ran yet")
print("first:", next(pipeline))
print("rest:", list(pipeline))
print("generator expression laziness:")
gen = (print(f"  computing {x}") or x * x for x in range(3))
print("created genexpr")
for v in gen:
    print("  got", v)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
odd_squares = (s for s in squares if s % 2)
print("first 5 odd squares:", list(take(5, odd_squares)))
def batched(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print("batches:", list(batched(range(10), 4)))
def moving_average(items, window):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > window:
            buf.pop(0)
        if len(buf) == window:
            yield round(sum(buf) / window, 2)
print("moving avg:", list(moving_average([1, 2, 3, 4, 5, 6, 7], 3)))
g = (x for x in [1, 2, 3])
print("genexpr first element evaluated eagerly:")
try:
    bad = (x for x in 5)
except TypeError as e:
    print("  TypeError at creation:", e)
lazy_err = (1 // x for x in [1, 0])
print("  created lazily-failing gen, next:", next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print("  ZeroDivisionError on demand:", e)
