# Class vs instance attributes
class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("Fido")
b = Dog("Buddy")
a.add_trick("roll over")
b.add_trick("play dead")
print("a.tricks:", a.tricks)
print("shared list:", a.tricks is b.tricks)
a.kind = "wolf"
print("a.kind:", a.kind, "b.kind:", b.kind, "Dog.kind:", Dog.kind)
print("a.__dict__:", a.__dict__)
print("b.__dict__:", b.__dict__)
Dog.kind = "doggo"
print("after class change b.kind:", b.kind, "a.kind:", a.kind)
del a.kind
print("after del a.kind:", a.kind)
