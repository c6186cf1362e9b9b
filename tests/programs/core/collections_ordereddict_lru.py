# OrderedDict as the classic LRU cache, then its order against its table after
# move_to_end(), and every consumer that iterates it (dict(), **, Counter, set, views).
from collections import OrderedDict, Counter
import sys

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return -1
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            self.data.popitem(last=False)

cache = LRU(3)
x = 7
for step in range(300):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 11
    if x % 3 == 0:
        cache.get(k)
    else:
        cache.put(k, step)
print(cache.data, sys.getsizeof(cache.data))
lru = cache.data

od = OrderedDict.fromkeys('abcdefghijklmnop', 0)
for ch in 'hello world':
    if ch in od:
        od.move_to_end(ch, last=ch < 'm')
print(list(od), sys.getsizeof(od))
plain = dict(od)
merged = {**od, 'zz': 1}
counted = Counter(od)
keys = set(od)
print(plain, merged)
print(counted)
print(sorted(keys), od.keys() & {'a', 'h', 'q'}, od.items() - {('a', 0)} == set(od.items()) - {('a', 0)})
def f(**kw):
    return list(kw)
print(f(**od))
nested = OrderedDict(a=OrderedDict(b=1))
nested['self'] = nested
print(nested, nested == nested.copy())
print(list(reversed(od.values()))[:3], next(reversed(od.items())))
it = iter(od)
next(it)
od['new'] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    next(it)
except StopIteration:
    print('stopped')
it2 = iter(od)
del od['new']
od['new2'] = 2
try:
    next(it2)
except RuntimeError as e:
    print(e)
big = OrderedDict()
for i in range(100):
    big[i * 37 % 101] = i
for i in range(0, 100, 7):
    big.pop(i * 37 % 101)
    big.move_to_end((i * 11) % 101 if (i * 11) % 101 in big else 0)
print(sys.getsizeof(big), list(big)[:10])
bd = dict(big)
print(sys.getsizeof(bd), list(bd)[:10])
