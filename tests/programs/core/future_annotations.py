"""Annotations under `from __future__ import annotations`: their text, never evaluated."""
from __future__ import annotations


def f(a: Undefined[int], b: dict[str, list[int]] = None, *args: 'quoted', c: int | None = 3,
      **kw: Callable[[int, str], bool]) -> Optional['Node']:
    return a


print(f(1), f.__annotations__)


def g(x: lambda y: y + 1, z: (1, 2), w: -x ** 2, v: [a for a in b], u: {1: 2, **d}) -> not x:
    pass


print(g.__annotations__)


def h(p: a.b.c[1:2, ::3], q: f(x, *y, k=1, **z), r: x if y else z, s: "it's", t: b'raw') -> ...:
    pass


print(h.__annotations__)


def k(m: 1 + 2 * 3, n: (1 + 2) * 3, o: a and b or not c, p: x < y <= z, q: {1, 2}, r: ()) -> None:
    pass


print(k.__annotations__)

count: Final[int] = 0
name: NotDefined
print(__annotations__)


class Point:
    x: Undefined = 0
    y: list[Point]

    def move(self, other: Point) -> Point:
        return self


print(Point.__annotations__, Point.move.__annotations__)
box = Point()
box.x: Nonexistent = 5
print(box.x)
