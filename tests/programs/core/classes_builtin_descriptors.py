# type.mro and built-in methods kept as class attributes bind as CPython's descriptors do.


class A:
    up = str.upper
    eq = object.__eq__
    mro_of = type.mro


class B(A):
    pass


print(type.mro(A), A.mro(), B.mro(), type.mro(B))
print(type.mro(type), int.mro(), bool.mro())
print(type.mro, A.up, A.eq)
for call in [lambda: type.mro(), lambda: type.mro(1), lambda: type.mro(A, 1),
             lambda: A.mro(1), lambda: A.mro(x=1), lambda: int.mro(2)]:
    try:
        call()
    except TypeError as e:
        print(e)

a = A()
try:
    a.up()
except TypeError as e:
    print(e)
try:
    a.up
except TypeError as e:
    print(e)
print(a.eq(a), a.eq(1), A.mro_of is type.mro, A.up("abc"))
try:
    a.mro_of
except TypeError as e:
    print(e)
print(callable(str.upper), callable(object.__eq__), callable(A.up))


class D(dict):
    fetch = dict.get
    up = str.upper


d = D(a=1)
print(d.fetch("a"), d.fetch("b", 2), D.fetch(d, "a"))
try:
    d.up
except TypeError as e:
    print(e)
print(d.__str__(), str(d), format(d, ""))
print(type(d.__setitem__).__name__, type(d.__getitem__).__name__, type(d.__init__).__name__)
