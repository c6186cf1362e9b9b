class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v!r})"

class B(A):
    def get(self):
        return super().get() * 10

a = A(2)
b = B(3)
print(a, b, a.get(), b.get())
print(isinstance(b, A), issubclass(B, A), type(b) is B, type(b).__name__)
print(B.__mro__)
print([c.__name__ for c in B.mro()])
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(e)
try:
    class D(X, X): pass
except TypeError as e:
    print(e)
try:
    class L(int, str): pass
except TypeError as e:
    print(e)
class MyError(Exception):
    pass
try:
    raise MyError("bad", 2)
except MyError as e:
    print("caught", e, repr(e), e.args)
class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(S() is S())
class M:
    def __init__(self):
        self.__secret = 5
print(M()._M__secret, hasattr(M(), "__secret"))
T = type("T", (A,), {"y": 7})
t = T(1)
print(T, t, t.y, T.__bases__, getattr(t, "zz", "dflt"))
class Pr:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = Pr()
p.x = 5
print(p.x, Pr.s(1), p.s(2), Pr.c(), p.c())
class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, K) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "K(%r)" % (self.k,)
d = {K(1): "one"}
print(d[K(1)], K(1) == K(1), K(1) != K(2))
raise MyError("boom")
