# Annotations are evaluated where CPython 3.11 evaluates them: a function's when the
# `def` runs (after its defaults), a module's or class's annotated names into
# __annotations__, never a function body's.
import functools


def show(label):
    print("evaluating", label)
    return label


def deco(f):
    print("decorating", f.__name__)
    return f


@deco
def f(a: show("ann a") = show("default a"), /, b: show("ann b") = 2, *args: show("ann args"),
      c: show("ann c"), d: show("ann d") = show("default d"), **kw: show("ann kw")) -> show("ann return"):
    return a


print(f.__annotations__)
print(f.__annotations__ is f.__annotations__, list(f.__annotations__))


def plain(x, y=1):
    return x


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)


def constants(x: "int", y: 3) -> None:
    pass


print(constants.__annotations__)

try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)

try:
    def broken_return() -> also_undefined:
        pass
except NameError as e:
    print("NameError:", e)


def body_annotations():
    x: undefined_in_body = 1
    y: also_not_evaluated
    return x


print(body_annotations())

# Module level: values stored first, then annotations evaluated into __annotations__.
count: int = 0
name: show("str annotation")
print(__annotations__)


class Box:
    pass


box = Box()
box.attr: show("attr annotation") = 5
table = {}
table["k"]: show("subscript annotation") = 6
show("object").real: int
table[show("index")]: int
table[show("lower"):show("upper")]: int
print(box.attr, table, __annotations__)


class Point:
    """A point."""
    x: int = 0
    y: show("y annotation")
    __secret: str = "s"

    def move(self, dx: int, dy: "int" = 0) -> "Point":
        return self


print(Point.__annotations__)
print(list(Point.__dict__))
print(Point.move.__annotations__)
print(Point().__annotations__ is Point.__annotations__)


class Derived(Point):
    z: float = 1.0


class Bare:
    pass


class BareChild(Derived):
    pass


print(Derived.__annotations__, BareChild.__annotations__)
print("__annotations__" in Bare.__dict__, Bare.__annotations__, "__annotations__" in Bare.__dict__)
print([n for n in dir(Point) if n.startswith("__a")], [n for n in dir(Bare) if n.startswith("__a")])


class Conditional:
    if True:
        flag: bool = True
    for i in range(2):
        seen: int = i


print(Conditional.__annotations__, Conditional.seen)


def outer():
    T = int

    def inner():
        v: T = 1
        return v

    return inner


print(outer().__code__.co_freevars, outer()())


def wrapped(a: int) -> str:
    return str(a)


@functools.wraps(wrapped)
def wrapper(*args):
    return wrapped(*args)


print(wrapper.__annotations__, wrapper.__annotations__ is wrapped.__annotations__)
print((lambda q: q).__annotations__)
