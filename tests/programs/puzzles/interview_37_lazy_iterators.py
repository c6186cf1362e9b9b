# Laziness of map, filter, zip, enumerate
log = []
def noisy(x):
    log.append(x)
    return x * 10

m = map(noisy, [1, 2, 3])
print("after map() call, log:", log)
print("first:", next(m), "log:", log)
print("rest:", list(m), "log:", log)
print("exhausted map:", list(m))
f = filter(lambda x: x % 2, range(6))
print("filter type:", type(f).__name__, "values:", list(f))
z = zip([1, 2, 3], "ab")
print("zip shortest:", list(z))
e = enumerate("xyz", start=1)
print("enumerate next:", next(e))
print("enumerate rest:", list(e))
it = iter([1, 2, 3, 4])
print("zip(it, it) pairs:", list(zip(it, it)))
nums = [1, 2, 3]
sq = map(lambda n: n * n, nums)
nums.append(4)
print("map sees appended item:", list(sq))
r = range(3)
print("range re-iterable:", list(r), list(r))
