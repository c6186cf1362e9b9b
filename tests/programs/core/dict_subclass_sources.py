# Sets, fromkeys and dict() built from dict subclasses: only an exact dict takes
# the fast path (PyDict_CheckExact), so a defaultdict source grows its set one key at a time.
import sys
from collections import Counter, defaultdict
c = Counter([i * 7 for i in range(40)])
s = set(c)
print(sys.getsizeof(s), sys.getsizeof(set(dict(c))))
dd = defaultdict(int)
for i in range(30):
    dd[i * 33] += 1
t = set(dd)
print(sys.getsizeof(t), sys.getsizeof(set(dict(dd))))
u = {1, 2}
u.symmetric_difference_update(c)
print(sys.getsizeof(u), list(u)[:6])
print(sys.getsizeof(dict.fromkeys(c)), sys.getsizeof(frozenset(dd)))
