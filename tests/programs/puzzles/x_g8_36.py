# Vector class with operator overloading
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        print(f"  __rmul__ with {k!r}")
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __iadd__(self, other):
        print("  __iadd__ (in place)")
        self.x += other.x
        self.y += other.y
        return self
a = Vector(3, 4)
b = Vector(1, -2)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * 2 =", a * 2)
print("3 * b =", 3 * b)
print("dot a.b =", a * b)
print("-a =", -a, "abs(a) =", abs(a))
print("bool:", bool(Vector()), bool(a))
print("unpack:", *a, "tuple:", tuple(b))
x, y = a + b
print("destructured:", x, y)
c = a
c += b
print("after += : a is c:", a is c, a)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
pts = [Vector(1, 1), Vector(-3, 0), Vector(0, 2), Vector(1, 1)]
print("unique:", len(set(pts)), "sorted by length:", sorted(pts, key=abs))
print("sum with start:", sum(pts[1:], pts[0]))
print("equality:", Vector(1, 2) == Vector(1, 2), Vector(1, 2) == (1, 2), Vector(1, 2) != Vector(2, 1))
print("normalized:", Vector(*(c / abs(Vector(6, 8)) for c in Vector(6, 8))))
