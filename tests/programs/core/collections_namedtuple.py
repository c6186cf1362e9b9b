# collections.namedtuple: the class and its namespace, construction with keywords and
# defaults and every error message, the generated repr/_replace/_asdict/_make, and
# instances as tuples (hash, ==, indexing, unpacking, sorting, dict keys).
from collections import namedtuple
import sys
P = namedtuple('Point', 'x y')
p = P(1, y=2)
print(p, repr(P), P.__doc__, P._fields, P._field_defaults, sys.getsizeof(p), P.__module__, P.__qualname__, P.__mro__, P.__bases__)
for f in [lambda: setattr(p, 'x', 5), lambda: setattr(p, 'z', 5), lambda: P(1), lambda: P(1,2,3), lambda: P(1, 2, z=3), lambda: P(1, x=2), lambda: p._replace(z=1), lambda: P._make([1,2,3]), lambda: namedtuple('1P', 'x'), lambda: namedtuple('P', 'x class'), lambda: namedtuple('P', 'x _y'), lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x y', defaults=(1,2,3)), lambda: p.z]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2), Q._field_defaults, Q(1)._asdict(), Q(1)._replace(a=5), hash(Q(1,2,3)) == hash((1,2,3)), Q(1,2,3) == (1,2,3))
print(type(p).__name__, isinstance(p, tuple), p[0], p[-1], p[:1], len(p), list(p), p.count(1), p.index(2), p + (3,), {p: 1})
R = namedtuple('R', 'a, b,c')
print(R._fields, R(*range(3)))
x, y = p
print(x, y, p.x + p.y, max(p), sorted([P(3, 1), P(1, 2), P(1, 1)]))
d = {P(i, i * i): i for i in range(10)}
print(d[P(3, 9)], P(3, 9) in d, sys.getsizeof(d), list(d)[:3])
people = [namedtuple('Person', 'name age')('Ada', 36), namedtuple('Person', 'name age')('Bob', 25)]
print(sorted(people, key=lambda q: q.age), [q.name for q in people])
print(P._make(range(2)), P(*(5, 6)), P(**{'x': 7, 'y': 8}), type(P(1, 2)._asdict()).__name__)
try:
    P(1)
except TypeError as e:
    print(e)
T = namedtuple('T', 'a b c d')
try:
    T()
except TypeError as e:
    print(e)
table = d
