class Shape:
    count = 0
    def __init__(self, name="shape", *, sides=0):
        Shape.count += 1
        self.name = name
        self.sides = sides
    @classmethod
    def square(cls):
        return cls("square", sides=4)
    def __str__(self):
        return f"{self.name}/{self.sides}"
    def __repr__(self):
        return f"Shape({self.name!r})"
class Tri(Shape):
    @classmethod
    def make(cls):
        obj = super().square()
        obj.name = "tri?"
        return obj
s = Shape.square()
t = Tri.make()
print(s, t, [s, t], {"k": s}, (t,), Shape.count, Tri.count, type(t).__name__)
print(str(s), repr(s), f"{s} {s!r}", "%s %r" % (s, s))
class AppError(Exception): pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__(f"table {table} missing")
        self.table = table
try:
    try:
        raise DbError("users")
    except AppError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__, e.__cause__.table)
print(isinstance(DbError("x"), (ValueError, AppError)), issubclass(DbError, Exception))
try:
    Shape("a", 3)
except TypeError as e:
    print(e)
try:
    Shape(nam="x")
except TypeError as e:
    print(e)
class A: 
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), D.__mro__)
print(A.hi(D()), B.hi.__name__, D.hi.__qualname__)
o = D()
o.hi = lambda: "instance"
print(o.hi())
raise DbError("orders")
