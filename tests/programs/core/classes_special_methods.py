class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __bool__(self):
        return bool(self.x or self.y)
v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, len(v), bool(Vector(0, 0)), v == Vector(4, 6))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    hash(v)
except TypeError as e:
    print(e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), 2 in Countdown(3), [x * x for x in Countdown(4)])
for i in Countdown(2):
    print("tick", i)
class Bag:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __contains__(self, k):
        return k in self.items
    def __iter__(self):
        return iter(self.items)
    def __call__(self, k):
        return self.items.get(k, "none")
b = Bag()
b["a"] = 1
print(b["a"], "a" in b, "z" in b, list(b), b("a"), b("q"), callable(b))
try:
    b["zz"]
except KeyError as e:
    print("KeyError", e)
class Weird:
    def __iter__(self):
        return 5
try:
    iter(Weird())
except TypeError as e:
    print(e)
try:
    for x in Weird():
        pass
except TypeError as e:
    print(e)
