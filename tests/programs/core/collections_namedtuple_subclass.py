# Subclasses of namedtuple classes (the docs' Point with a property and __str__, a
# __repr__ of its own, __slots__ = ()), their _replace/_make keeping the subclass, and
# instances as dict keys equal to plain tuples.
from collections import namedtuple
import sys
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
    def scaled(self, k):
        return Point(self.x * k, self.y * k)
p = Point(3, 4)
print(p, repr(p), p.hypot, p.scaled(2), type(p.scaled(2)).__name__, Point.__mro__, p._replace(x=1), type(p._replace(x=1)).__name__, Point._make([5, 12]).hypot, p._asdict(), sys.getsizeof(p))
class V(namedtuple('V', 'a b')):
    def total(self):
        return self.a + self.b
    def __repr__(self):
        return 'V<%d, %d>' % self
v = V(1, 2)
print(v.total(), v, hash(v) == hash((1, 2)), [v], str(v), isinstance(v, tuple), V.__bases__[0].__name__)
class W(namedtuple('Base', 'a')):
    __slots__ = ()
print(W(1), W(a=2)._replace(a=3))
try:
    W()
except TypeError as e:
    print(e)
try:
    W(1).b = 2
except AttributeError as e:
    print(e)
try:
    W(1).missing
except AttributeError as e:
    print(e)
shapes = {Point(0, 0): 'origin', Point(3, 4): 'five'}
print(shapes[Point(3, 4)], shapes[(0, 0)], len(shapes))
