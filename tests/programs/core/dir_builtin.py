# dir() of user classes and their instances: object.__dir__ / type.__dir__ merging each
# class's __dict__ with its bases' (object's keys last), then sorted.
import sys
class A:
    x = 1
    def __init__(self):
        self.a = 1
    def m(self):
        pass
class B(A):
    __slots__ = ("s",)
    def n(self):
        pass
class C:
    "doc"
    @property
    def p(self):
        return 1
class D(C, A):
    y = 2
class E:
    __slots__ = ()
print(dir(A))
print(dir(A()))
print(dir(B))
b = B()
b.s = 3
b.extra = 4
print(dir(b))
print(dir(C()))
print(dir(D()))
print(dir(E()))
print([n for n in dir(D()) if not n.startswith("_")])
print(sys.getsizeof(dir(A())), sys.getsizeof(dir(E())), len(dir(E())))
a = A()
setattr(a, "zeta", 1)
print(dir(a)[-4:])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
