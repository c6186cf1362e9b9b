# := inside comprehensions binds in the enclosing scope (PEP 572).
print([(x, y) for x in range(5) if (y := x * x) > 3], y)
total = 0
sums = [total := total + v for v in [1, 2, 3, 4]]
print(sums, total)


def running(values):
    acc = 0
    out = [acc := acc + v for v in values]
    return out, acc


print(running([5, 6, 7]))


def nested():
    found = None
    pairs = [[(last := (i, j)) for j in range(2)] for i in range(3)]
    return pairs, last, found


print(nested())


def with_closure():
    data = {k: (seen := k) for k in "abc"}
    g = lambda: seen
    return data, seen, g()


print(with_closure())
if any((hit := n) % 7 == 0 for n in [3, 5, 14, 21]):
    print("first multiple of 7:", hit)
print({(m := k): m for k in range(3)}, m)
stats = {"n": 0}
evens = [v for v in range(10) if v % 2 == 0 and (last_even := v) >= 0]
print(evens, last_even)


def uses_global():
    global g_last
    [g_last := i for i in range(4)]


uses_global()
print(g_last)
print(sorted({w: (ln := len(w)) for w in ["aa", "b", "ccc"]}.items()), ln)
