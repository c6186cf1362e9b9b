# collections.Counter: counting builds a dict table with the dict's own lookups and inserts.
from collections import Counter
import collections

c = Counter("abracadabra")
print(c, len(c), c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(99))
print(list(c.elements()), sorted(c.elements()), c.total())
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], list(wc))
wc["fox"] += 2
wc["new"] += 1
del wc["missing"]
del wc["dog"]
print(wc)
wc.update(["the", "the", "zebra"])
wc.update({"quick": 10, "brand": 2})
wc.update(extra=4)
print(wc)
wc.subtract(["the", "the", "the", "the", "the"])
wc.subtract({"quick": 1}, new=3)
print(wc)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, b - a)
print(Counter({"x": 2, "y": 0}), Counter(), repr(Counter()), Counter([]), Counter(None))
x = Counter("hello")
y = x.copy()
y["h"] += 1
print(x, y, x == y, x != y, Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(isinstance(x, dict), type(x), type(x) is Counter, collections.Counter is Counter, Counter)
inplace = Counter(a=2, b=3)
inplace += Counter(a=1, c=5)
print(inplace)
inplace -= Counter(b=5, c=1)
print(inplace)
inplace |= Counter(a=9, z=1)
print(inplace)
inplace &= Counter(a=4, c=1)
print(inplace)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError", e)
import sys
print(sys.getsizeof(Counter()), sys.getsizeof(Counter("abc")), sys.getsizeof(c))
nums = Counter(i * i % 17 for i in range(200))
print(nums, nums.most_common(4), max(nums, key=nums.get), sorted(nums.items())[:3])
anagram = Counter("listen") == Counter("silent")
print(anagram, dict(Counter("mississippi")), {**Counter("aab")})
e = Counter("aabbbc").elements()
print(next(e), next(e), list(e))
