import gc
gc.disable(); gc.collect()
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    def __del__(self):
        print("C del", self.a, self.b, sorted(self.__dict__))
c = C(); c.a = [1]; c.b = [2]; c.c = 3
print(sorted(C.__dict__.keys()), gc.is_tracked(c))
print(len(gc.get_referents(c)))
c.self = c
del c
print(gc.collect())
class P: pass
class Q:
    __slots__ = ()
class R(Q, P): pass
r = R(); r.k = 1
print(r.__dict__, type(R.__dict__.get("__dict__")))
import weakref
print(weakref.ref(r)() is r)
class M1:
    __slots__ = ("m",)
class M2:
    __slots__ = ()
class Mix(M1, M2):
    __slots__ = ("n",)
x = Mix(); x.m = 1; x.n = 2
print(x.m, x.n, Mix.__mro__)
for bad in [("__dict__", "__dict__"), (1,), ("a b",), ("ok", "")]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    type("Bad", (), {"__slots__": ("v",), "v": 1})
except ValueError as e:
    print("ValueError:", e)
class D:
    __slots__ = ["__dict__", "v"]
d = D(); d.v = 1; d.w = 2
print(d.__dict__, d.v)
