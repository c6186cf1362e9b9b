# Cooperative __init__ with super() and kwargs
class Base:
    def __init__(self, **kw):
        print("  Base.__init__ leftover", sorted(kw))
        super().__init__()

class Named(Base):
    def __init__(self, name, **kw):
        print("  Named.__init__", name)
        self.name = name
        super().__init__(**kw)

class Aged(Base):
    def __init__(self, age, **kw):
        print("  Aged.__init__", age)
        self.age = age
        super().__init__(**kw)

class Person(Named, Aged):
    def __init__(self, **kw):
        print("  Person.__init__")
        super().__init__(**kw)

print("building person:")
p = Person(name="Ann", age=30, extra=1)
print("attrs:", p.name, p.age)
print("MRO:", " -> ".join(c.__name__ for c in Person.__mro__))
print("super(Named, p) next:", super(Named, p).__init__.__qualname__)
