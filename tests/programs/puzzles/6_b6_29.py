class Shape:
    registry = {}

    def __init__(self, name):
        self.name = name
        Shape.registry.setdefault(type(self).__name__, []).append(name)

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name}: area={self.area():.2f}"

class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @classmethod
    def square(cls, name, side):
        return cls(name, side, side)

class Circle(Shape):
    PI = 3.14159

    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

shapes = [Rect("r1", 2, 3), Rect.square("sq", 4), Circle("c", 1)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(Shape.registry)
try:
    Shape("blank").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Shape.registry)
print(isinstance(shapes[1], Rect), type(shapes[1]) is Shape)
