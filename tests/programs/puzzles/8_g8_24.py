# Sorting with keys, stability, multi-key
people = [
    ("alice", 30, "NYC"),
    ("bob", 25, "LA"),
    ("carol", 30, "LA"),
    ("dave", 25, "NYC"),
    ("eve", 35, "SF"),
    ("frank", 30, "SF"),
]
print("by age:", [p[0] for p in sorted(people, key=lambda p: p[1])])
print("by age desc, name:", [p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print("by city then age:", [(p[2], p[1], p[0]) for p in sorted(people, key=lambda p: (p[2], p[1]))])
step1 = sorted(people, key=lambda p: p[0], reverse=True)
step2 = sorted(step1, key=lambda p: p[1])
print("stable two-pass:", [p[0] for p in step2])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Date"]
print("default:", sorted(words))
print("case-insensitive:", sorted(words, key=str.lower))
print("by length then alpha:", sorted(words, key=lambda w: (len(w), w)))
print("reverse by last char:", sorted(words, key=lambda w: w[-1], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print("by abs:", sorted(nums, key=abs))
print("evens first:", sorted(nums, key=lambda n: (n % 2, n)))
lst = [3, 1, 2]
ret = lst.sort()
print("list.sort returns:", ret, "list:", lst)
print("sorted string:", sorted("python"), "".join(sorted("python")))
d = {"x": 3, "y": 1, "z": 2}
print("dict sorted by value:", sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print("max/min with key:", max(words, key=len), min(people, key=lambda p: (p[1], p[0])))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print("tuples compare lexicographically:", sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print("None-safe sort:", sorted([3, None, 1, None, 2], key=lambda v: (v is None, v or 0)))
versions = ["1.10.0", "1.2.10", "1.2.9", "1.9", "10.0"]
print("naive versions:", sorted(versions))
print("numeric versions:", sorted(versions, key=lambda v: tuple(int(x) for x in v.split("."))))
records = [{"n": "a", "s": 3}, {"n": "b", "s": 1}, {"n": "c", "s": 3}]
records.sort(key=lambda r: r["s"], reverse=True)
print("reverse keeps stability:", [r["n"] for r in records])
print("rank:", {name: i + 1 for i, (name, *_rest) in enumerate(sorted(people, key=lambda p: -p[1]))})
