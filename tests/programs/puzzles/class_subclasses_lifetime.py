import gc
gc.disable(); gc.collect()
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in A.__subclasses__()], B.__subclasses__() == [C])
del A, C
print([c.__name__ for c in Base.__subclasses__()])
print(gc.collect())
print([c.__name__ for c in Base.__subclasses__()])
class D(Base): pass
print([c.__name__ for c in Base.__subclasses__()])
