# Diamond inheritance, MRO, super()
class Base:
    def __init__(self):
        print("  Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("  Left.__init__ start")
        super().__init__()
        self.trail.append("Left")
        print("  Left.__init__ end")

    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("  Right.__init__ start")
        super().__init__()
        self.trail.append("Right")
        print("  Right.__init__ end")

    def hello(self):
        return "Right>" + super().hello()

class Bottom(Left, Right):
    def __init__(self):
        print("  Bottom.__init__ start")
        super().__init__()
        self.trail.append("Bottom")
        print("  Bottom.__init__ end")

    def hello(self):
        return "Bottom>" + super().hello()

print("MRO:", [c.__name__ for c in Bottom.__mro__])
print("Constructing Bottom:")
b = Bottom()
print("trail:", b.trail)
print("hello:", b.hello())
print("Right.hello via super(Left, b):", super(Left, b).hello())
print("isinstance checks:", isinstance(b, Right), issubclass(Bottom, Base))

class Other(Right, Left):
    pass

print("Other MRO:", [c.__name__ for c in Other.mro()])
print("Other hello:", Other().hello())
print("bases:", [c.__name__ for c in Bottom.__bases__])
