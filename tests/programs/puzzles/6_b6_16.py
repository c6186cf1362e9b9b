groups = {}
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)

counts = {}
for w in words:
    for ch in w:
        counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)

def grouper(pairs):
    out = {}
    for k, v in pairs:
        if k not in out:
            out[k] = set()
        out[k].add(v)
    return {k: sorted(v) for k, v in out.items()}

print(grouper([("a", 3), ("b", 1), ("a", 1), ("a", 3), ("b", 2)]))
r = groups.setdefault("z", ["zz"])
print(r, groups.setdefault("a", None))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(sorted(counts)[:6], sum(counts.values()))
