# Answers a differential round found wrong: bool bitwise results, reversed() of a deque,
# the types of NotImplemented and of a tuple's iterator, the name a property's error
# gives, and the messages of issubclass() and getattr() with bad arguments.
from collections import deque

x, y = True, False
print(x & x, x | y, x ^ y, y & x, type(x ^ y).__name__, x & 1, 1 | y)
z = x
z &= False
print(z)

q = deque([1, 2, 3])
r = reversed(q)
print(type(r).__name__, list(r), list(reversed(deque())))
r = reversed(q)
print(next(r))
q.append(4)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)

print(type(NotImplemented).__name__, type(NotImplemented))
print(repr(iter((1, 2))).split(" ")[0], repr(iter("é")).split(" ")[0], repr(iter([1])).split(" ")[0])
print(type(iter(())).__name__)


def getx(self):
    return 1


class A:
    x = property(getx)

    @property
    def z(self):
        return 2

    @z.setter
    def z(self, v):
        pass


class B:
    pass


B.y = property(getx)
p = property(getx)


class D:
    w = p
    v = p


for o, n in [(A(), "x"), (B(), "y"), (D(), "w"), (A(), "z")]:
    for f in (lambda: setattr(o, n, 2), lambda: delattr(o, n)):
        try:
            f()
        except AttributeError as e:
            print(e)

for f in [
    lambda: isinstance(1, 5),
    lambda: issubclass(int, 5),
    lambda: issubclass(int, (5,)),
    lambda: issubclass(int, (int, 5)),
    lambda: setattr(1, 5, 1),
    lambda: delattr(1, 5),
    lambda: hasattr(1, 5),
    lambda: getattr(1, 5, None),
    lambda: getattr(1, None),
]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
