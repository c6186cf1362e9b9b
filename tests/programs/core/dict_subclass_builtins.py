# Dict subclasses meeting the built-ins: sorted/max by d.get, views, reversed(), |
# between dict, OrderedDict and their subclasses (which side answers), constructors
# and their errors, sizes, fromkeys and hash.
from collections import OrderedDict, Counter, defaultdict
import sys
class D(dict):
    pass
class M(dict):
    def __missing__(self, k):
        return k
d = D(b=2, a=1)
m = M(x=1)
od = OrderedDict(b=2, a=1)
tests = [
    lambda: sorted(d, key=d.get),
    lambda: max(d, key=d.get),
    lambda: dict(sorted(d.items())),
    lambda: list(map(d.get, 'abz')),
    lambda: {k: v for k, v in d.items()},
    lambda: type({**d}).__name__,
    lambda: d | od,
    lambda: type(d | od).__name__,
    lambda: od | d,
    lambda: type(od | d).__name__,
    lambda: d.keys() - {'a'},
    lambda: list(reversed(d)),
    lambda: m['q'] + m['x'] if False else m['q'],
    lambda: m.get('q', 'dflt'),
    lambda: 'q' in m,
    lambda: [m[k] for k in 'abc'],
    lambda: len(m),
    lambda: isinstance(m, dict) and issubclass(M, dict),
    lambda: M.__bases__,
    lambda: M.__name__,
    lambda: D.__mro__,
    lambda: repr(D()),
    lambda: str(D(a=[1, {'b': D()}])),
    lambda: D(d) == d,
    lambda: D(zip('ab', range(2))),
    lambda: D([('a', 1)], a=2),
    lambda: D(1),
    lambda: D([1]),
    lambda: D({}, {}),
    lambda: OrderedDict(D(a=1)),
    lambda: Counter(D(a=3)),
    lambda: defaultdict(int, D(z=1)),
    lambda: set(D(a=1, b=2)) == {'a', 'b'},
    lambda: dict.fromkeys(D(a=1)),
    lambda: sys.getsizeof(D()),
    lambda: sys.getsizeof(D(a=1)),
    lambda: sys.getsizeof(M()),
    lambda: sys.getsizeof(OrderedDict()),
    lambda: d.copy().__class__.__name__,
    lambda: d.__class__ is D,
    lambda: hash(d),
    lambda: D.fromkeys([1, 2]),
    lambda: type(D.fromkeys([1, 2])),
    lambda: vars(D()),
    lambda: D.__dict__['__module__'],
    lambda: [type(x).__name__ for x in (d.keys(), d.values(), d.items())],
    lambda: d.popitem(),
    lambda: d,
    lambda: d.setdefault('n', []),
    lambda: d,
    lambda: d == {'b': 2, 'n': []},
    lambda: d < {},
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)


class L(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
lu = L(a=1)
r = {'x': 1} | lu
print(r, type(r).__name__)
r2 = lu | {'y': 2}
print(r2, type(r2).__name__)
class D2(dict):
    pass
print(type(D2(a=1) | lu).__name__, type(lu | D2(a=1)).__name__, type(OrderedDict() | D2()).__name__, type(D2() | OrderedDict()).__name__)
