# Python subclasses of OrderedDict: the LRU cache, the docs' LastUpdatedOrderedDict, and
# which OrderedDict methods go through an overridden __setitem__ (update, setdefault,
# copy, |, fromkeys) and which do not (pop, popitem).
from collections import OrderedDict
import sys

class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)

cache = LRUCache(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache.get(3))
cache.put(4, 4)
print(cache.get(1), cache.get(3), cache.get(4))
print(cache, list(cache), type(cache).__name__, isinstance(cache, dict), sys.getsizeof(cache))

class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated(a=1, b=2)
lu['a'] = 3
lu.update(c=4, b=5)
lu.setdefault('d', 6)
print(lu, list(lu.items()), lu == OrderedDict([('a', 3), ('c', 4), ('b', 5), ('d', 6)]))
print(lu.copy(), type(lu.copy()).__name__, lu | {'e': 7}, type(lu | {'e': 7}).__name__)
print(lu.pop('a'), lu.popitem(), lu.popitem(last=False), lu, repr(LastUpdated()))

class Loud(OrderedDict):
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value)
    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)

l = Loud([('x', 1), ('y', 2)])
l.update({'z': 3})
l.pop('x')
l.popitem()
del l['y']
print(l, len(l), Loud.fromkeys('ab', 0))

class L(OrderedDict):
    def __setitem__(s, k, v):
        print('set', k)
        super().__setitem__(k, v)
    def __getitem__(s, k):
        print('get', k)
        return super().__getitem__(k)
    def __contains__(s, k):
        print('contains', k)
        return super().__contains__(k)
    def __delitem__(s, k):
        print('del', k)
        super().__delitem__(k)

l = L(a=1)
print('--setdefault new'); l.setdefault('b', 2)
print('--setdefault old'); l.setdefault('a', 9)
print('--copy'); c = l.copy()
print('--pop'); l.pop('a')
print('--pop missing'); print(l.pop('zz', 0))
print('--popitem'); l.popitem()
print('--repr'); print(repr(c))
print('--or'); print(c | {'q': 1})
print('--ior'); c |= {'r': 2}
print('--fromkeys'); L.fromkeys('x')
print('--update'); c.update([('s', 3)])
print(c, list(reversed(c)), c == OrderedDict(c), sys.getsizeof(c))
