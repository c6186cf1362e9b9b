import gc
gc.disable(); gc.collect()
import weakref


class Base:
    registry = []
    live = weakref.WeakSet()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls)

    def __init__(self):
        Base.live.add(self)


class A(Base):
    pass


class B(Base):
    pass


wa = weakref.ref(A)
print("registry", [c.__name__ for c in Base.registry])
objs = [A(), B(), A()]
print("live", len(Base.live))
objs.pop()
print("live after pop", len(Base.live))
del A
print("A kept by registry", wa() is not None)
Base.registry.remove(wa())
print("A removed, alive", wa() is not None, "(instance still holds class)")
objs.clear()
print("instances gone, live", len(Base.live), "A alive", wa() is not None)
gc.collect()
print("after collect A alive", wa() is not None)
print("registry", [c.__name__ for c in Base.registry])
print("subclasses", sorted(c.__name__ for c in Base.__subclasses__()))
