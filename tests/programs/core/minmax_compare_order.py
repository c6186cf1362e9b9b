# min() asks `new < best`, max() asks `new > best` (min_max() in Python/bltinmodule.c):
# which method runs, in which order, and what a failed comparison says.
class Gt:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("gt", self.n, other.n)
        return self.n > other.n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __repr__(self):
        return "Gt(%d)" % self.n

print(max(Gt(1), Gt(3), Gt(2)))
print(min(Gt(1), Gt(3), Gt(2)))
print(max([Gt(5), Gt(4)], key=lambda g: g))

class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("OnlyLt.lt", self.n, other.n)
        return self.n < other.n

print(max(OnlyLt(1), OnlyLt(2)).n)
for args in [(1, "a"), ("a", 1), (1, 2.5, None)]:
    for f in (max, min):
        try:
            print(f(*args))
        except TypeError as e:
            print(f.__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
print(max([], default="empty"), min((), default=None), max([3, 1, 2]), min("hello"))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(["b", "a", "c"], key=str.upper))
