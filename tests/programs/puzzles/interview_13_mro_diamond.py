# MRO and super() in a diamond
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print("MRO:", [k.__name__ for k in D.__mro__])
print("calls:", D().hello())
print("B alone:", B().hello())

class E(C, B):
    pass

print("E MRO:", [k.__name__ for k in E.mro()])
print("E calls:", E().hello())
try:
    class F(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
