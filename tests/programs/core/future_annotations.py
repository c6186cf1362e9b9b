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


# The unparser's text for every kind of expression (ast_unparse.c): numbers, strings,
# f-strings, lambdas, comprehensions, slices, precedence.
def tricky(a: 1_000, b: 1e100, c: 1e999, d: -1e999, e: 3j, g: 1.5j + 2, h: 0x1F, i: 0o17, j: 1.0,
      k: "a'b\"c", l: 'line\nbreak', m: b'\x00\xff"\'', n: f"{x!r:>{w}} and {y}", o: f'{x}', p: "é\u1234\U0001F600",
      q: (lambda x=1, *a, y, **k: x), r: {k: v for k, v in z if k}, s: {a for a in b}, t: (a for a in b),
      u: a[1:2:3, ...], v: a[:], w: a[::2], y: not -x, z: -(-x), aa: (-1) ** 2, bb: -1 ** 2,
      cc: a if b else c if d else e, dd: (a, *b), ee: [*a, *b], ff: {**a, 'k': 1}, gg: a < b == c is not d in e not in f,
      hh: ~a + +b, ii: a @ b, jj: a // b % c << d >> e & f ^ g | h, ll: a.b(c)[d].e, mm: (), nn: (1,),
      oo: print(*args, sep=''), pp: 'a' 'b', qq: f"{'nested'}" ) -> lambda: (yield_):
    pass
for k, v in tricky.__annotations__.items():
    print(k, v)
