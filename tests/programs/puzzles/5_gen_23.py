class Shape:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)

    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def describe(self):
        return f"{self.__class__.__name__} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    PI = 3.14159

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2


shapes = [Rect(2, 3.5), Square(4), Circle(1.5), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(Shape.registry)
print(sum(s.area() for s in shapes))
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
Circle.PI = 3
print(Circle(2).area(), vars(Square(2)))
print(Square.__bases__[0].__name__, Square.__name__, Square(3).area())
