# Everything that reads an OrderedDict after move_to_end(): update(), dict(), format(**od),
# unpacking, views, sets, deque, Counter, nested reprs, fromkeys sizes, clear().
from collections import OrderedDict, Counter, defaultdict, deque
import sys
od = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
od.move_to_end('x')
c = Counter('abracadabra')
dd = defaultdict(list, {'p': [1]})
d = {}
d.update(od)
print(d, sys.getsizeof(d))
d2 = dict(od, w=0)
print(d2, sys.getsizeof(d2))
print('{x}-{y}'.format(**od), max(od, key=od.get), min(od.values()))
print(dict(sorted(od.items())), list(zip(od, od.values())))
print(od.keys() | c.keys() == set(od) | set(c), sorted(od.keys() ^ {'x', 'q'}))
print(frozenset(od.items()) == frozenset(dict(od).items()), tuple(od), [*od])
a, b, e = od
print(a, b, e, *od.items())
print(deque(od), list(enumerate(od)), sum(od.values()), any(od), all(od))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), dict(c) == c, c == dict(c))
print(od.get('x'), od.__len__() if False else len(od), 'x' in od.keys(), ('x', 1) in od.items(), 1 in od.values())
nested = {'od': od, 'list': [od]}
print(nested)
s = set()
s.update(od)
s.update(dd)
print(sorted(s), sys.getsizeof(s))
t = set(od.items())
print(len(t), sys.getsizeof(t))
print(OrderedDict(c).popitem(last=False), OrderedDict(dd))
o2 = OrderedDict(sorted(c.items()))
o2.move_to_end('a', last=False)
print(list(o2), o2 == OrderedDict(sorted(c.items())), dict(o2) == dict(sorted(c.items())))
print(sys.getsizeof(OrderedDict.fromkeys(range(20))), sys.getsizeof(OrderedDict.fromkeys(range(6))))
del o2['a']
o2.clear()
print(o2, sys.getsizeof(o2), len(o2))
o2['q'] = 1
print(sys.getsizeof(o2))
