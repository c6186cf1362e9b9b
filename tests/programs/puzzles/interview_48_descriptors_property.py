# property and attribute lookup order
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    def __repr__(self):
        return f"Temperature({self._c})"

t = Temperature(100)
print("t:", t, "F:", t.fahrenheit)
t.celsius = 0
print("after set:", t, "F:", t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 50
except AttributeError as e:
    print("AttributeError:", e)
t.__dict__["celsius"] = "shadow?"
print("data descriptor wins:", t.celsius)
print("instance dict:", t.__dict__)
print("property on class:", type(Temperature.celsius).__name__)
