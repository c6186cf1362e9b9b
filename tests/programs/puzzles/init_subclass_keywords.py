class A: pass
try:
    class B(A, flag=1): pass
except TypeError as e: print(e)
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        print('init_subclass', cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class C(Base, tag='x'): pass
class D(C): pass
try:
    class E(Base, tag=1, other=2): pass
except TypeError as e: print(e)
print(type(Base.__dict__['__init_subclass__']))
print(Base.__init_subclass__)
try: super(A, A).__init_subclass__(1)
except TypeError as e: print(e)
print(Base.registry)
F = type("F", (Base,), {})
print(Base.registry)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None):
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = cls
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
print(sorted(Plugin.plugins), Csv.plugin_name, Json.plugin_name)
