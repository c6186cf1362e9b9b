# setdefault / get / grouping patterns
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"]

groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print("grouped:", groups)

counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print("counts:", counts)

d = {"a": 1}
r1 = d.setdefault("a", 100)
r2 = d.setdefault("b", 200)
r3 = d.setdefault("c")
print("setdefault returns:", r1, r2, r3)
print("dict now:", d)

lengths = {}
for w in words:
    lengths.setdefault(len(w), set()).add(w[0])
for k in sorted(lengths):
    print(f"  len {k}: {sorted(lengths[k])}")

merged = {"x": 1, "y": 2}
merged.update(y=20, z=30)
print("update kwargs:", merged)
merged.update([("w", 0), ("x", 10)])
print("update pairs:", merged)
print("merge operator:", {"a": 1} | {"a": 2, "b": 3})
m = {"k": 1}
m |= {"k": 5, "j": 6}
print("in-place merge:", m)

inverted = {v: k for k, v in merged.items()}
print("inverted:", inverted)

nested = {"a": {"b": {"c": 1}}}
shallow = nested.copy()
shallow["a"]["b"]["c"] = 42
print("shallow copy shares nested:", nested)

print("get missing default:", d.get("zzz"), d.get("zzz", "fallback"))
print("keys view set ops:", sorted(merged.keys() & {"x", "q", "z"}))
print("items view:", sorted(merged.items() - {("x", 10)}))
