class Animal:
    kingdom = "Animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name, "Woof")
        self.tricks = list(tricks or [])

    def speak(self):
        base = super().speak()
        return base + "!" if self.tricks else base


class Puppy(Dog):
    def speak(self):
        return super().speak().lower()


pets = [Animal("Generic"), Dog("Rex", ["sit"]), Dog("Fido"), Puppy("Bit", ["roll"])]
for p in pets:
    print(repr(p), "->", p.speak())
print(Animal.count, pets[1].count, Dog.kingdom)
pets[0].kingdom = "Custom"
print(pets[0].kingdom, pets[1].kingdom, Animal.kingdom)
print(isinstance(pets[3], Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__])
print(type(pets[2]) is Dog, type(pets[3]) is Dog, pets)
print(hasattr(pets[1], "tricks"), getattr(pets[0], "tricks", "none"))
