class Base:
    def __init__(self, **kwargs):
        print("Base init, leftover:", sorted(kwargs))
        super().__init__(**kwargs)

class Named(Base):
    def __init__(self, name="anon", **kwargs):
        self.name = name
        print("Named init", name)
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age=0, **kwargs):
        self.age = age
        print("Aged init", age)
        super().__init__(**kwargs)

class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init with", sorted(kwargs.items()))
        super().__init__(**kwargs)

    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"

p = Person(name="Ann", age=31)
print(p)
q = Person(age=5)
print(q)
print([c.__name__ for c in Person.__mro__])
try:
    Person(name="x", color="red")
except TypeError as e:
    print("TypeError:", e)
