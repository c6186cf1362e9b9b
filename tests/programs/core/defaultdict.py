# collections.defaultdict: a dict whose missing keys are made by default_factory.
from collections import defaultdict
import collections

groups = defaultdict(list)
for word in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    groups["".join(sorted(word))].append(word)
print(groups)
print(dict(groups), len(groups), list(groups), groups["zzz"], len(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["q"], "q" in counts, counts.get("w"), "w" in counts)

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
nested["b"]["y"] += 1
print({k: dict(v) for k, v in nested.items()})

plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
plain.default_factory = set
plain["s"].add(3)
print(plain, plain.default_factory)

seeded = defaultdict(str, {"a": "x", "b": "y"})
seeded2 = defaultdict(float, [(1, 2.5), (2, 3.5)])
print(seeded, seeded["c"], seeded2, seeded2[9])
c = counts.copy()
c["new"] += 5
print(c, counts == c, type(c) is defaultdict, isinstance(c, dict), type(c))
print(defaultdict, collections.defaultdict is defaultdict, type(counts).__name__)
print(counts == dict(counts), dict(counts) == counts, {**counts})
d2 = defaultdict(list, counts)
print(d2)
for bad in [lambda: defaultdict(5), lambda: defaultdict(list, {}, {})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
import sys
print(sys.getsizeof(defaultdict(int)), sys.getsizeof({}), sys.getsizeof(counts), sys.getsizeof(dict(counts)))
big = defaultdict(int)
for i in range(100):
    big[i * 7 % 13] += i
print(big)
last = defaultdict(tuple)
for i in range(20):
    last[str(i)]
print(len(last), last["5"])
