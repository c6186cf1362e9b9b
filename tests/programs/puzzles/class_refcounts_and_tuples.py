import sys, gc
gc.disable(); gc.collect()
class C: pass
print(sys.getrefcount(C))
class D(C): pass
print(sys.getrefcount(C), sys.getrefcount(D))
class E(D): pass
print(sys.getrefcount(C), sys.getrefcount(D), sys.getrefcount(E))
print(C.__mro__ is C.__mro__, C.__bases__ is C.__bases__, gc.is_tracked(C.__mro__), gc.is_tracked(C.__bases__))
gc.collect()
print(gc.is_tracked(C.__mro__), gc.is_tracked(C.__bases__), gc.is_tracked(E.__bases__))
x = C()
print(sys.getrefcount(C))
del E
print(gc.collect())
