class P:
    @property
    def x(self):
        return 1
p = P()
try:
    p.x = 2
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
class Q:
    def m(self, a):
        return a
try:
    Q().m()
except TypeError as e:
    print(e)
try:
    Q().m(1, 2)
except TypeError as e:
    print(e)
print(vars(Q()) if False else "")
class R:
    """doc"""
    a = 1
print(R.__doc__, R.__module__, R.__qualname__)
print("")
print(Q.m.__name__, Q.m.__qualname__)
print(type(Q().m).__name__, type(Q.m).__name__)
print(repr(super), type(p) == P, type(P.x).__name__)
class E(ValueError):
    def __str__(self):
        return "custom"
try:
    raise E("a")
except ValueError as e:
    print(e, repr(e), str(e))
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__)
def f():
    class Local:
        pass
    return Local
print(f())
print(isinstance(3, (int, P)), issubclass(bool, int), issubclass(P, object))
print(getattr(P, "x").__class__.__name__)
