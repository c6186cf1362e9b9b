# object's own methods, found on every class and instance: slot wrappers, method
# descriptors, what calling them gives, and super() reaching them.


def shown(x):
    # Addresses differ from run to run: keep the repr up to them.
    return repr(x).split(" at 0x")[0]


class A:
    pass


a = A()
names = sorted(n for n in dir(object) if n not in ("__class__", "__doc__"))
for n in names:
    on_instance = getattr(a, n)
    on_class = getattr(A, n)
    print(n, hasattr(a, n), hasattr(A, n), callable(on_instance), callable(on_class),
          type(on_instance).__name__, type(on_class).__name__)

print(getattr(a, "__ge__", None) is None, callable(getattr(a, "__eq__", None)))
print(shown(a.__eq__), shown(A.__eq__), shown(object.__eq__))
print(shown(a.__init__), shown(A.__init__), shown(a.__format__), shown(A.__format__))
print(shown(A.__new__), shown(A.__init_subclass__))
print(A.__eq__ is object.__eq__, A.__init__ is object.__init__, a.__eq__ == a.__eq__)
print(A.__new__ is object.__new__, a.__new__ is A.__new__, A.__init_subclass__ is A.__init_subclass__)
print(type(a.__init__), type(A.__init__), type(A.__sizeof__))

# object_richcompare(): identity for ==, the inverse of __eq__ for !=, no ordering.
b = A()
print(a.__eq__(a), a.__eq__(b), a.__ne__(a), a.__ne__(b))
print(a.__lt__(a), a.__le__(b), a.__gt__(b), a.__ge__(a))
print(A.__eq__(a, a), A.__ne__(a, b), object.__eq__(1, 1), object.__lt__(1, 2))
print(a.__hash__() == hash(a), object.__hash__(a) == hash(a))
print(a.__str__() == a.__repr__(), object.__str__(a) == object.__repr__(a))
print(format(a, "") == str(a), a.__format__("") == str(a))
a.__setattr__("x", 5)
print(a.x, a.__getattribute__("x"), object.__getattribute__(a, "x"))
a.__delattr__("x")
print(hasattr(a, "x"), A.__subclasshook__(), object.__subclasshook__())
x = object.__new__(A)
print(type(x).__name__, A.__init__(x), object.__init__(x))

for f, args in [
    (a.__eq__, ()),
    (a.__eq__, (1, 2)),
    (a.__hash__, (1,)),
    (a.__repr__, (1,)),
    (a.__delattr__, ()),
    (a.__getattribute__, (1,)),
    (a.__getattribute__, ("missing",)),
    (a.__delattr__, ("missing",)),
    (a.__format__, (1,)),
    (a.__format__, ("x",)),
    (object.__eq__, ()),
]:
    try:
        print(f(*args))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    a.__eq__(other=a)
except TypeError as e:
    print(e)


# super() reaches object's methods from a class's own.
class P:
    def __eq__(self, other):
        return super().__eq__(other)

    def __ne__(self, other):
        r = super().__ne__(other)
        print("  ne ->", r)
        return r


p, q = P(), P()
print(p == p, p == q, p != p, p != q)
print(P.__hash__, hasattr(p, "__hash__"))


class L:
    def __lt__(self, other):
        return super().__lt__(other)


try:
    L() < L()
except TypeError as e:
    print(e)


# object.__str__ calls the type's repr, never __str__ again.
class S:
    def __str__(self):
        return "S:" + super().__str__()

    def __repr__(self):
        return "R"


print(str(S()), format(S(), ""))


# An exception's __str__ and __repr__ are BaseException's.
class E(ValueError):
    def __str__(self):
        return "E:" + super().__str__()

    def __repr__(self):
        return "R:" + super().__repr__()


e = E("bad", 3)
print(str(e), repr(e), e.__eq__(e), e.__ne__(e))
print(type(e.__str__).__name__, type(E.__str__).__name__)
print(E.__str__(e), E.__repr__(e))


class K(KeyError):
    def __str__(self):
        return "K" + super().__str__()


print(str(K("k")))
try:
    raise E("raised")
except E as caught:
    print(caught)


class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, shown(super().__init_subclass__))
        print(shown(super(Base, cls).__eq__))
        super().__init_subclass__(**kw)


class Child(Base):
    pass
