class Point:
    __slots__ = "x", "y"
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, Point.__slots__, Point.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), hasattr(p, "x"))
del p.x
print(hasattr(p, "x"))
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(getattr(p, "x"), p)
setattr(p, "y", 20)
print(p)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, isinstance(q, Point))
class Loose(Point):
    pass
r = Loose(5, 6)
r.extra = 7
print(r.__dict__, r.x, vars(r))
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
class Priv:
    __slots__ = ("__secret", "_Priv__other")
