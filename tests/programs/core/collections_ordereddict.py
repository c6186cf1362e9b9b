# OrderedDict: its list order, repr, views, sizes (od_fast_nodes and 32-byte nodes),
# the methods it overrides, equality, | and |=, and the iteration checks.
from collections import OrderedDict
import sys

od = OrderedDict()
print(od, len(od), sys.getsizeof(od))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, sys.getsizeof(od))
od.move_to_end('b')
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('c', last=False)
print(od)
od.move_to_end('c', False)
print(od.keys(), od.values(), od.items())
print(od.popitem(), od.popitem(last=False), od)
od.update({'x': 10, 'y': 20}, z=30)
od.update([('p', 1)])
print(od, sys.getsizeof(od))
print(od.pop('x'), od.pop('nope', 'dflt'), od.setdefault('a', 5), od.setdefault('q', 6))
print(od.get('y'), od.get('zz'), 'y' in od, 'zz' in od, od['z'])
del od['y']
print(od, reversed(od).__class__.__name__, list(reversed(od)))
print(list(reversed(od.items())), list(reversed(od.values())))
c = od.copy()
c.move_to_end('a')
print(c == od, dict(c) == dict(od), c == dict(od), dict(od) == c)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
print(type(od).__name__, type(od), isinstance(od, dict), isinstance(od, OrderedDict))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys([1, 2], 0))
print(od | {'new': 1}, {'new': 1} | od)
od |= {'w': 9}
print(od)
d = dict(od)
print(d, {**od}, sorted(od), len(od))
for k, v in od.items():
    print(k, v, end='; ')
print()
od.clear()
print(od, sys.getsizeof(od))
try:
    od.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
od[1] = 'one'
try:
    od.move_to_end(2)
except KeyError as e:
    print('KeyError', e)
try:
    od['missing']
except KeyError as e:
    print('KeyError', e)
try:
    od.pop('missing')
except KeyError as e:
    print('KeyError', e)
od[1.0] = 'uno'
od[True] = 'si'
print(od)
o2 = OrderedDict([(i, i * i) for i in range(12)])
print(sys.getsizeof(o2), o2)
for i in range(0, 12, 3):
    del o2[i]
print(sys.getsizeof(o2), o2)
o3 = OrderedDict(o2)
print(sys.getsizeof(o3), o3 == o2)
try:
    for k in o2:
        o2.move_to_end(k)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in o2:
        o2[k * 100] = 1
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(OrderedDict()), str(OrderedDict(a=[1])))
