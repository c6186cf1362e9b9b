class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __truediv__(self, o): return V(self.x / o)
    def __rtruediv__(self, o): return V(o / self.x)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __pow__(self, o): return V(self.x ** o)
    def __rpow__(self, o): return V(o ** self.x)
    def __or__(self, o): return V(self.x | o.x)
    def __and__(self, o): return V(self.x & o.x)
    def __xor__(self, o): return V(self.x ^ o.x)
    def __lshift__(self, n): return V(self.x << n)
    def __rshift__(self, n): return V(self.x >> n)
    def __matmul__(self, o): return self.x * o.x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
a, b = V(6), V(3)
print(a / 4, 12 / b, a // 4, a % 4, a ** 2, 2 ** b, a | b, a & b, a ^ b, a << 2, a >> 1, a @ b)
print(-a, +a is a, abs(V(-5)), ~a)
a |= b
print(a)
try:
    a - b
except TypeError as e:
    print(e)
try:
    -V
except TypeError as e:
    print(e)
class W: pass
try:
    -W()
except TypeError as e:
    print(e)
print("%s" % V(1), "x" % () if False else "ok")
