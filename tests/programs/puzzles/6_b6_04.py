class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    @classmethod
    def from_string(cls, s):
        a, b = s.split(",")
        return cls(int(a), int(b))

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def dist2(p, q):
        return (p.x - q.x) ** 2 + (p.y - q.y) ** 2

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    def __init__(self, x, y, z=7):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"

a = Point.from_string("3,4")
b = Point.origin()
c = Point3.from_string("1,2")
print(a, b, c)
print(Point.dist2(a, b))
print(Point.count, Point3.count)
print(type(Point3.origin()).__name__)
print(Point.count)
