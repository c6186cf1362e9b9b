# yield from: delegation and return values
def inner(tag, n):
    for i in range(n):
        received = yield f"{tag}{i}"
        if received:
            print(f"    inner {tag} received {received!r}")
    return f"{tag}-done({n})"

def outer():
    r1 = yield from inner("a", 2)
    print("  outer got:", r1)
    r2 = yield from inner("b", 3)
    print("  outer got:", r2)
    return [r1, r2]

g = outer()
print("next:", next(g))
print("send:", g.send("hello"))
print("next:", next(g))
print("send:", g.send("world"))
print("next:", next(g))
try:
    next(g)
except StopIteration as e:
    print("final return:", e.value)

def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x

nested = [1, [2, [3, [4, (5, 6)]]], 7, [], [[8]]]
print("flatten:", list(flatten(nested)))

def chain_all(*iterables):
    for it in iterables:
        yield from it

print("chain:", list(chain_all("ab", range(3), (None,))))

def counter():
    count = 0
    while True:
        x = yield count
        if x == "stop":
            return count
        count += 1

def supervisor(results):
    while True:
        res = yield from counter()
        results.append(res)

results = []
s = supervisor(results)
next(s)
for cmd in ["x", "x", "stop", "y", "stop", "z", "z", "z", "stop"]:
    s.send(cmd)
print("supervisor results:", results)

def gen_with_return():
    yield 1
    return 99

print("list ignores return:", list(gen_with_return()))
