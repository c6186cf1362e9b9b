# __eq__ and __hash__ interplay for dict keys
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class EqPoint(Point):
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

class HashPoint(EqPoint):
    def __hash__(self):
        return hash((self.x, self.y))

p1, p2 = Point(1, 2), Point(1, 2)
print("plain ==:", p1 == p2, "| dict size:", len({p1: 1, p2: 2}))
print("EqPoint __hash__ is None:", EqPoint.__hash__ is None)
try:
    {EqPoint(1, 2): "x"}
except TypeError as e:
    print("TypeError:", e)
h1, h2 = HashPoint(1, 2), HashPoint(1, 2)
d = {h1: "first"}
d[h2] = "second"
print("HashPoint dict:", d)
print("lookup with new equal key:", d[HashPoint(1, 2)])
print("set dedup:", {HashPoint(0, 0), HashPoint(0, 0), HashPoint(1, 1)} == {HashPoint(0, 0), HashPoint(1, 1)})
h1.x = 99
print("after mutating key:", HashPoint(1, 2) in d, HashPoint(99, 2) in d)
print("dict still holds:", list(d))
