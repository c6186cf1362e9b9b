# The exceptions of the arithmetic operators, divmod() and pow() at their edges.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

big = 2**1025
for f in [lambda: big & 2.5, lambda: 2.5 | big, lambda: big ^ 2.5, lambda: big << 2.5,
          lambda: 2.5 >> big, lambda: big @ 2.5, lambda: big ** 2.5, lambda: big + 2.5,
          lambda: 1 & 2.5]:
    show(f)
for f in [lambda: divmod(1.0, 0.0), lambda: divmod(1, 0.0), lambda: divmod(1.0, 0),
          lambda: divmod(1, 0), lambda: divmod(True, False), lambda: divmod(2**70, 0),
          lambda: 1 % 0, lambda: 1 // 0, lambda: 1.0 % 0, lambda: 1 % 0.0,
          lambda: 1.0 // 0, lambda: 1 / 0, lambda: 1.0 / 0, lambda: divmod(big, 2.5),
          lambda: divmod(5.5, -2), lambda: divmod(-0.0, 1.0), lambda: divmod(7, -2),
          lambda: divmod("a", 1), lambda: divmod(1, None)]:
    show(f)

class A:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
show(lambda: divmod(A(), 2))
show(lambda: divmod(2, A()))

class P:
    def __pow__(self, o, m=None): return ("pow", type(o).__name__, m)
    def __rpow__(self, o): return ("rpow", o)
class P2(P): pass
print(pow(P(), 2, 3), pow(P(), 2), P() ** 2, 2 ** P(), pow(2, P()))
show(lambda: pow(2, P(), 3))
show(lambda: pow(2, 3, P()))
show(lambda: pow(P(), P2(), 5))
show(lambda: pow(1.5, 2, P()))
show(lambda: pow(2, 1.5, 3))
show(lambda: pow(2, 3, 1.5))
show(lambda: pow("a", 2, 3))
show(lambda: pow(2, 3, "a"))
print(pow(2, 10, 1000), pow(2, -1, 5), pow(True, 2, 3))
print(1 ** (2**100), 0 ** (2**100), (-1) ** (2**100 + 1), (-1) ** (2**100))

class B: pass
x = B()
for rhs in [[1], (1,), "ab", b"ab"]:
    x = B()
    try:
        x *= rhs
    except TypeError as e:
        print(e)
try:
    B() * [1]
except TypeError as e:
    print(e)
class Bm:
    def __mul__(self, o): return "Bm.mul"
x = Bm()
x *= [1]
print(x)
class Ex(Exception): pass
x = Ex()
try:
    x *= [1]
except TypeError as e:
    print(e)
for v in [ValueError(), None, 1.5, {1}, {}, range(3)]:
    x = v
    try:
        x *= [1]
    except TypeError as e:
        print(e)

for s, n in [([1], 2**63), ("ab", 2**62), ("ab", -2**100), ((1,), 2**63), (b"ab", 2**63),
             ([1, 2], 2**62), ((1, 2), 2**62), (b"ab", 2**62), ([1], -2**63 - 1),
             ([1], 2**61), ("ab", -5), ([1], True)]:
    try:
        print(repr(s * n))
    except Exception as e:
        print(type(e).__name__, e)
x = [1]
try:
    x *= 2**63
except Exception as e:
    print(type(e).__name__, e)
x = [1, 2]
x *= -2**63
print(x)
for f in [lambda: 0 << 2**100, lambda: (-5) << 2**70, lambda: 1 << 2**69,
          lambda: 3 << 100, lambda: 1 >> 2**100, lambda: -1 >> 2**100, lambda: 1 << -1]:
    show(f)
