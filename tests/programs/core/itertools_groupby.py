# itertools.groupby: groups share their parent's state; advancing the parent ends them.
from itertools import groupby
import itertools

s = "aaabccddddae"
print([(k, len(list(g))) for k, g in groupby(s)])
print("".join(f"{k}{len(list(g))}" for k, g in groupby(s)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), len)])
groups = []
for k, g in groupby([1, 1, 2, 2, 2, 3]):
    groups.append(g)
print([list(g) for g in groups])
it = groupby("xxyyz")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(groupby([])), [k for k, _ in groupby([3, 3, 1, 1, 3], key=lambda x: x > 2)])
data = {"a": 1, "b": 1, "c": 2, "d": 3, "e": 3}
by_value = {k: [name for name, _ in g] for k, g in groupby(data.items(), key=lambda kv: kv[1])}
print(by_value)
g = itertools.groupby(range(10), key=lambda n: n // 3)
print([(k, tuple(v)) for k, v in g])
try:
    groupby()
except TypeError as e:
    print(e)
