# Cooperative super() in a diamond, class attributes, mangling, type() classes.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__ before super")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__ before super")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")

    def hello(self):
        return "Bottom>" + super().hello()


b = Bottom()
print(b.trail, b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.__bases__, Bottom.__base__, Bottom.__name__, Bottom.__qualname__)
print(super(Left, b).hello(), super(Bottom, b).hello())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.__id = Counter.count

    def ident(self):
        return self.__id


c1, c2 = Counter(), Counter()
print(Counter.count, c1.ident(), c2.ident(), c1._Counter__id, sorted(vars(c1)) if False else "")
print(hasattr(c1, "__id"), hasattr(c1, "_Counter__id"), getattr(c1, "missing", None))
setattr(c1, "extra", 5)
print(c1.extra, c1.__dict__)
delattr(c1, "extra")
print(hasattr(c1, "extra"))


def shout(self):
    return self.word.upper()


Loud = type("Loud", (object,), {"word": "hey", "shout": shout})
print(Loud().shout(), Loud.__name__, type(Loud), type(Loud()) is Loud, isinstance(Loud(), object))


class Ordered:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return "Ordered(%d)" % self.n


print(sorted([Ordered(3), Ordered(1), Ordered(2)]), min(Ordered(5), Ordered(4)))


class Node:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "node " + str(self.v)


print(Node(1), str(Node(2)), [Node(3)] == [Node(3)])


class Base2:
    def __init__(self, x):
        self.x = x


class NoInit(Base2):
    pass


print(NoInit(4).x)
try:
    Base2()
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain:
        pass
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Node(1).nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Node.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
try:
    class Bool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
