class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.coords, other.coords)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self.coords))

    __rmul__ = __mul__

    def __abs__(self):
        return sum(a * a for a in self.coords) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __iter__(self):
        return iter(self.coords)

    def __bool__(self):
        return any(self.coords)

    def __repr__(self):
        return f"Vector{self.coords}"

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, abs(v), abs(w))
print(v == Vector(3, 4), v == (3, 4), len(v), v[0], v[-1], list(v))
print(bool(Vector(0, 0)), bool(v), sum(v), max(w))
x, y = v
print(x, y, Vector(1, 2, 3) + Vector(1, 1, 1))
try:
    v + 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
