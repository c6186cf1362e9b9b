import gc
gc.disable(); gc.collect()
class A: pass
del A
print("A", gc.collect())
class B: pass
class C(B): pass
del C
print("C(B)", gc.collect())
class D(B):
    x = {}
del D
print("D(B) with dict attr", gc.collect())
class E:
    def f(self): pass
del E
print("E with method", gc.collect())
class F(B, object): pass
del F
print("F(B, object)", gc.collect())
class G(B):
    x = {1: B()}
del G
print("G", gc.collect())
