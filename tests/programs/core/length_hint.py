# PyObject_LengthHint(): list(), tuple(), sorted(), extend(), +=, [*x], f(*x) and bytes()
# call a class's __len__ (a TypeError from it ignored) or __length_hint__, and size the
# new list by it; join(), set(), unpacking and the others do not.
class A:
    def __len__(self):
        print("len called")
        return 2
    def __iter__(self):
        print("iter called")
        return iter(["p", "q"])
def f(*a):
    return a
print("list", list(A()))
print("tuple", tuple(A()))
print("sorted", sorted(A()))
print("star", [*A()])
print("call", f(*A()))
print("join", "".join(A()))
a, *b = A()
print("unpack-ex", a, b)
c, d = A()
print("unpack", c, d)
print("set", set(A()))
print("dict.fromkeys", dict.fromkeys(A()))
x = [0]
x += A()
print("iadd", x)
x.extend(A())
print("extend", x)
print("min", min(A()))
print("enumerate", list(enumerate(A())))
print("zip", list(zip(A(), A())))
print("frozenset", frozenset(A()))
print("any", any(A()))
print("in", "p" in A())
import collections
print("deque", collections.deque(A()))
print("Counter", collections.Counter(A()))
print("reversed-list", list(reversed([1, 2])))
print("map", list(map(str, A())))
import sys
class H:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
    def __length_hint__(self):
        print("hint", self.n)
        return self.n
class BadLen:
    def __len__(self):
        raise TypeError("nope")
    def __iter__(self):
        return iter([1])
class ValLen:
    def __len__(self):
        raise ValueError("boom")
    def __iter__(self):
        return iter([1])
class NegHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return -1
class StrHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return "x"
class NIHint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return NotImplemented
print(list(H(3)), sys.getsizeof(list(H(3))))
print(list(H(0)), sys.getsizeof(list(H(0))))
print(list(BadLen()))
print(sys.getsizeof(list(NIHint())))
for cls in (ValLen, NegHint, StrHint):
    try:
        list(cls())
    except Exception as e:
        print(type(e).__name__, e)
try:
    list(range(2**64))
except OverflowError as e:
    print("overflow", e)
it = iter([1, 2, 3, 4]); next(it); print(sys.getsizeof(list(it)))
it = iter({1: 1, 2: 2}); print(sys.getsizeof(list(it)))
print(sys.getsizeof(list(iter("abc"))), sys.getsizeof(list(reversed((1, 2, 3)))))
print(sys.getsizeof(list(zip([1], [2]))), sys.getsizeof(list(filter(None, [1, 0, 2]))))
import itertools
print(sys.getsizeof(list(itertools.repeat(1, 5))), sys.getsizeof(list(itertools.islice(range(10), 3))))
print(tuple(H(2)))
def f(*a):
    return len(a)
print(f(*H(2)))
class Bytesy:
    def __iter__(self):
        return iter([65, 66])
    def __len__(self):
        print("bytes asks len")
        return 2
print(bytes(Bytesy()))
# PySequence_Tuple() returns an exact tuple itself, but copies a namedtuple.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
t = tuple(p)
print(type(t).__name__, t is p, t, tuple(t) is t)
