class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

def try_make(name, *bases):
    try:
        cls = type(name, bases, {})
        print(name, "->", [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(name, "TypeError:", e)

try_make("Bad1", O, A)
try_make("Good1", A, O)
try_make("Bad2", K1, K3, A, D)
try_make("Good2", K3, K1)
try_make("Dup", A, A)
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__)
