class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"too cold: {value}")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c):
        return "hot" if c > 30 else "cold" if c < 10 else "mild"

    def __str__(self):
        return f"{self._c:.1f}C"

    def __repr__(self):
        return f"Temperature({self._c!r})"


t = Temperature(25)
print(t, repr(t), t.fahrenheit)
t.celsius = 35.5
print(str(t), t.fahrenheit, Temperature.describe(t.celsius))
u = Temperature.from_fahrenheit(212)
print(u, repr(u), u.describe(5))
try:
    t.celsius = -300
except ValueError as e:
    print("Error:", e)
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError caught")
print([str(Temperature(c)) for c in (0, 12.345, -40)])
print(f"{t!s} vs {t!r}")
