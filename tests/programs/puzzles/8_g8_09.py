# __init_subclass__ with class keywords: plugin registry
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print(f"registered {key!r} priority={priority}")

class Csv(Plugin, name="csv", priority=5):
    pass

class Json(Plugin, priority=10):
    pass

class Xml(Plugin):
    pass

class PrettyJson(Json, name="pretty", priority=11):
    pass

print("registry keys:", list(Plugin.registry))
ordered = sorted(Plugin.registry.values(), key=lambda c: -c.priority)
print("by priority:", [c.plugin_name for c in ordered])
print("PrettyJson bases:", [b.__name__ for b in PrettyJson.__mro__])

try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Validated:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {', '.join(missing)}")

class Shape(Validated):
    required = ("area", "perimeter")
    def area(self): return 0
    def perimeter(self): return 0

try:
    class Blob(Shape):
        required = ("area", "volume")
except TypeError as e:
    print("validation:", e)

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

sq = Square(3)
print("Square:", sq.area(), sq.perimeter())
print("Blob registered?", "Blob" in globals())
