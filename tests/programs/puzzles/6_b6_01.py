class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print([c.__name__ for c in D.__mro__])
print(D().who())
print([c.__name__ for c in B.__mro__])

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class E(B, C, A): pass
print([c.__name__ for c in E.__mro__])
print(issubclass(E, (X, C)), isinstance(E(), (int, str)))
