# Everyday dict idioms: counting, grouping, merging, comprehensions, draining, churn, every key type.
counts = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] = counts.get(w, 0) + 1
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
merged = {**a, **b}
m2 = dict(a, **b)
m3 = dict(zip("abcdefgh", range(8)))
m4 = a.copy()
m4 |= b
inv = {v: k for k, v in m3.items() if v % 2}
sq = {i: i * i for i in range(-5, 20) if i % 3}
drain = dict.fromkeys(range(10))
while drain:
    drain.popitem()
drain[99] = 1
rm = {i: str(i) for i in range(30)}
for k in list(rm):
    if k % 4:
        del rm[k]
big = {}
for i in range(5000):
    big[(i * 7919) % 10007] = i
for i in range(0, 5000, 3):
    big.pop((i * 7919) % 10007, None)
neg = {-i: i for i in range(50)}
flo = {i / 4: i for i in range(40)}
tup = {(i, -i, str(i)): i for i in range(30)}
fz = {frozenset(range(i)): i for i in range(12)}
by = {bytes([i, 255 - i]): i for i in range(20)}
uni = {"ключ" + str(i): i for i in range(12)}
emo = {"😀" * (i % 3 + 1) + str(i): i for i in range(12)}
mixed = {"s": 1, 2: "two", 3.5: None, (1,): [], True: "t"}
print(counts, groups, merged, m2, m4, inv, len(sq), drain, rm, len(big), mixed)
