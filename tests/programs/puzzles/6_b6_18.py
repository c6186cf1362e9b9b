class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"

class Robot:
    def speak(self):
        return "beep"

class RoboDog(Robot, Dog):
    pass

class DogBot(Dog, Robot):
    pass

for cls in [Animal, Dog, Puppy, RoboDog, DogBot]:
    print(cls.__name__, cls().speak(), [c.__name__ for c in cls.__mro__])

print(isinstance(Puppy(), (Robot, Dog)), isinstance(Puppy(), (Robot, int)))
print(issubclass(RoboDog, (Animal,)), issubclass(bool, (str, int)))
print(issubclass(Dog, Dog), issubclass(Animal, Dog))
print([b.__name__ for b in RoboDog.__bases__])
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, (str, (float, int))))
