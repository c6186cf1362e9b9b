# C3 linearization failures
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

print("D:", [k.__name__ for k in D.__mro__])

try:
    class E(A, B):
        pass
except TypeError as e:
    print("E failed:", e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class Z(P, Q):
        pass
except TypeError as e:
    print("Z failed:", e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("Dup failed:", e)

class F(B, C): pass
class G(C, B): pass
try:
    class H(F, G):
        pass
except TypeError as e:
    print("H failed:", e)

class K1(A): pass
class K2(B): pass
class K3(K1, K2): pass
print("K3:", [k.__name__ for k in K3.__mro__])

def linearize(cls):
    return " -> ".join(k.__name__ for k in cls.__mro__)

for cls in (A, B, D, K3):
    print(f"{cls.__name__:>3}: {linearize(cls)}")

try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("Bad layout:", e)
